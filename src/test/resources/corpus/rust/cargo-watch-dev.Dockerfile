FROM rust:1.75
RUN cargo install cargo-watch
WORKDIR /app
COPY . .
CMD ["cargo", "watch", "-x", "run"]
