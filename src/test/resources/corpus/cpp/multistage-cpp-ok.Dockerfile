FROM gcc:12 AS build
WORKDIR /src
COPY . .
RUN g++ -O2 -static -o /out/solver main.cpp

FROM debian:bookworm-slim
COPY --from=build /out/solver /usr/local/bin/solver
CMD ["solver"]
