FROM rust:1
WORKDIR /app
COPY . .
RUN cargo build
CMD ["cargo", "run", "--release"]
