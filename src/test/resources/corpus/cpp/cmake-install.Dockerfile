FROM ubuntu:22.04
RUN apt-get update && apt-get install -y g++ cmake make libssl-dev
COPY . /src
RUN cmake -S /src -B /build && cmake --build /build && cmake --install /build
CMD ["/usr/local/bin/certwatch"]
