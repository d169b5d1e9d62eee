FROM rust:1.63
WORKDIR /usr/src/linkcheck
COPY . .
RUN cargo install --path .
CMD ["linkcheck"]
