FROM golang:1.21-bookworm
RUN apt-get update && apt-get install -y make
WORKDIR /code
COPY . .
RUN make build
CMD ["./bin/gateway"]
