FROM alpine:3.19
RUN apk add --no-cache build-base cmake zlib-dev
WORKDIR /src
COPY . .
RUN cmake -B build && cmake --build build
CMD ["/src/build/packer"]
