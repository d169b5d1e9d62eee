FROM rust:1.75-alpine
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY . .
RUN cargo build --release
ENTRYPOINT ["/src/target/release/tinyhttp"]
