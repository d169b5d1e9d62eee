FROM golang:1.21
WORKDIR /app
COPY . .
RUN go vet ./... && go test ./... && go build -o app .
CMD ["/app/app"]
