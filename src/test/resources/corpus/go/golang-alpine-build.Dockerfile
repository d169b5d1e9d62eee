FROM golang:1.21-alpine
RUN apk add --no-cache git
WORKDIR /build
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o shortener ./cmd/shortener
CMD ["/build/shortener"]
