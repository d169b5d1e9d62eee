FROM gcc:12 AS build
WORKDIR /src
COPY . .
RUN make

FROM gcc:12
COPY --from=build /src/bin/mqttd /usr/local/bin/mqttd
CMD ["mqttd"]
