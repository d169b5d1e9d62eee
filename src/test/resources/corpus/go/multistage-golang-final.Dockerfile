FROM golang:1.21 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/worker ./cmd/worker

FROM golang:1.21
COPY --from=build /out/worker /usr/local/bin/worker
CMD ["worker"]
