# Stand-in for eclipse-temurin:17-jre: Debian bookworm-slim with OpenJDK 17's headless runtime only (no javac,
# no build tool) and the host's trust store.
FROM dockwright/bookworm:slim
COPY ca-certificates.crt /tmp/host-ca.crt
COPY cacerts /tmp/host-cacerts
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless ca-certificates >/dev/null \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt \
 && if [ -s /tmp/host-cacerts ]; then cp /tmp/host-cacerts /etc/ssl/certs/java/cacerts; fi \
 && rm -f /tmp/host-ca.crt /tmp/host-cacerts \
 && rm -rf /var/lib/apt/lists/* \
 && java -version
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
LABEL io.dockwright.standin="eclipse-temurin:17-jre (Debian bookworm-slim openjdk-17-jre-headless)"
