FROM golang:latest
WORKDIR /app
COPY . .
RUN go build -o bot .
CMD ["./bot"]
