FROM rust:1.75 AS builder
WORKDIR /src
COPY . .
RUN cargo build --release

FROM rust:1.75
COPY --from=builder /src/target/release/relay /usr/local/bin/relay
CMD ["relay"]
