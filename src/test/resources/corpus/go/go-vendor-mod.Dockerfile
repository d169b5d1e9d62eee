FROM golang:1.20
WORKDIR /src
COPY . .
RUN go build -mod=vendor -trimpath -o /usr/local/bin/collector ./cmd/collector
USER nobody
CMD ["collector", "--config", "/etc/collector.yaml"]
