FROM debian:bookworm
RUN apt-get update && apt-get install -y build-essential cmake libboost-program-options-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build -j
CMD ["./build/tilecut"]
