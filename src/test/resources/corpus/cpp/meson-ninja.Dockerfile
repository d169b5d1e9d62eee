FROM debian:bookworm
RUN apt-get update && apt-get install -y meson ninja-build gcc pkg-config libglib2.0-dev
WORKDIR /src
COPY . .
RUN meson setup build && ninja -C build
CMD ["./build/sensord"]
