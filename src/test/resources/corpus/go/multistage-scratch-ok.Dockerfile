FROM golang:1.21 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/proxy .

FROM scratch
COPY --from=build /out/proxy /proxy
ENTRYPOINT ["/proxy"]
