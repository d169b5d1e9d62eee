FROM golang:1.21 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/exporter .

FROM debian:bookworm
RUN apt-get update && apt-get install -y build-essential curl ca-certificates
COPY --from=build /out/exporter /usr/bin/exporter
CMD ["exporter"]
