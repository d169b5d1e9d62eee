FROM rust:1.75-slim
RUN apt-get update && apt-get install -y pkg-config libssl-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY . .
RUN cargo build --release --bin fetcher
CMD ["/build/target/release/fetcher"]
