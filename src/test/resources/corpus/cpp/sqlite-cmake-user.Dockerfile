FROM debian:bookworm
RUN apt-get update && apt-get install -y g++ cmake libsqlite3-dev \
    && useradd --system stock && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/stock
COPY . .
RUN cmake -B build && cmake --build build
USER stock
CMD ["./build/stockd"]
