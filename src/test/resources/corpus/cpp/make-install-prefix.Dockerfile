FROM gcc:12
WORKDIR /build
COPY . .
RUN make && make install PREFIX=/usr/local
ENTRYPOINT ["logrotor"]
