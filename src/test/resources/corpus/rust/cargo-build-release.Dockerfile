FROM rust:1.75
WORKDIR /usr/src/myapp
COPY . .
RUN cargo build --release
CMD ["./target/release/myapp"]
