FROM gradle:8.5-jdk17-jammy
WORKDIR /src
COPY . .
RUN gradle installDist --no-daemon
CMD ["build/install/ingest/bin/ingest"]
