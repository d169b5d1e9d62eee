# Stand-in for maven:3.9-eclipse-temurin-17: Debian bookworm's OpenJDK 17 (JDK, headless) and Apache Maven 3.9's
# binary distribution from Maven Central (as the official image installs it), checked against its SHA-512.
# Maven Central is reachable through this machine's TLS proxy, so Java gets the host's trust store.
FROM dockwright/bookworm:minbase
ARG MAVEN_VERSION=3.9.9
COPY ca-certificates.crt /tmp/host-ca.crt
COPY cacerts /tmp/host-cacerts
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      openjdk-17-jdk-headless ca-certificates curl >/dev/null \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt \
 && if [ -s /tmp/host-cacerts ]; then cp /tmp/host-cacerts /etc/ssl/certs/java/cacerts; fi \
 && rm -f /tmp/host-ca.crt /tmp/host-cacerts \
 && rm -rf /var/lib/apt/lists/* \
 && base=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/$MAVEN_VERSION \
 && curl -fsSL -o /tmp/maven.tar.gz "$base/apache-maven-$MAVEN_VERSION-bin.tar.gz" \
 && echo "$(curl -fsSL "$base/apache-maven-$MAVEN_VERSION-bin.tar.gz.sha512")  /tmp/maven.tar.gz" | sha512sum -c - \
 && mkdir -p /usr/share/maven /root/.m2 \
 && tar -xzf /tmp/maven.tar.gz -C /usr/share/maven --strip-components=1 \
 && rm /tmp/maven.tar.gz \
 && ln -s /usr/share/maven/bin/mvn /usr/bin/mvn \
 && mvn -v
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 MAVEN_HOME=/usr/share/maven MAVEN_CONFIG=/root/.m2
LABEL io.dockwright.standin="maven:3.9-eclipse-temurin-17 (Debian bookworm openjdk-17-jdk-headless + Apache Maven from Maven Central)"
CMD ["mvn"]
