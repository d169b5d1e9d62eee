ARG RUST_VERSION=1.75
FROM rust:${RUST_VERSION}-bookworm
WORKDIR /app
COPY . .
RUN cargo build --release --locked
CMD ["/app/target/release/scheduler"]
