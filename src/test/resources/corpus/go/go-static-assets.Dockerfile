FROM golang:1.21
WORKDIR /srv
COPY go.mod ./
COPY main.go ./
COPY templates ./templates
COPY static ./static
RUN go build -o wiki .
EXPOSE 8080
CMD ["./wiki"]
