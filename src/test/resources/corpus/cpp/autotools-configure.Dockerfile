FROM buildpack-deps:bookworm
WORKDIR /usr/src/tool
COPY . .
RUN ./configure --prefix=/usr/local && make && make install
CMD ["tool", "--version"]
