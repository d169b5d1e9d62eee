ARG GO_VERSION=1.21
FROM golang:${GO_VERSION}
WORKDIR /app
COPY . .
RUN go build -o /app/bin/cron ./cmd/cron
ENTRYPOINT ["/app/bin/cron"]
