FROM gcc:latest
COPY hello.c /src/hello.c
WORKDIR /src
RUN gcc -O2 -o hello hello.c
CMD ["./hello"]
