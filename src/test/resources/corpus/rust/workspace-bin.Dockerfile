FROM rust:1.75
WORKDIR /ws
COPY . .
RUN cargo build --release -p ledger-cli
ENTRYPOINT ["/ws/target/release/ledger"]
