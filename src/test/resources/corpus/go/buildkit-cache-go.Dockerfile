# syntax=docker/dockerfile:1
FROM golang:1.21
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/root/.cache/go-build go build -o /bin/indexer ./cmd/indexer
ENTRYPOINT ["/bin/indexer"]
