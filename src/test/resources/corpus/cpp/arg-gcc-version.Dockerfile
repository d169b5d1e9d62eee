ARG GCC_VERSION=12
FROM gcc:${GCC_VERSION}
WORKDIR /src
COPY . .
RUN make -j2
CMD ["./bin/fuzzmatch"]
