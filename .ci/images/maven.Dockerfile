# Stand-in for maven:3.9-eclipse-temurin-17 (carlossg/docker-maven eclipse-temurin-17/Dockerfile: FROM
# eclipse-temurin:17-jdk, ca-certificates curl git, Maven in MAVEN_HOME=/usr/share/maven, /usr/bin/mvn,
# mvn-entrypoint.sh, ref/settings-docker.xml, MAVEN_CONFIG=/root/.m2, ENTRYPOINT mvn-entrypoint.sh, CMD mvn): the
# eclipse-temurin:17-jdk stand-in and Apache Maven's binary distribution from Maven Central, checked against its
# SHA-512.
FROM eclipse-temurin:17-jdk
ARG MAVEN_VERSION=3.9.9
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ca-certificates curl git >/dev/null \
 && rm -rf /var/lib/apt/lists/*
ENV MAVEN_HOME=/usr/share/maven
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
RUN base=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/$MAVEN_VERSION \
 && curl -fsSL -o /tmp/maven.tar.gz "$base/apache-maven-$MAVEN_VERSION-bin.tar.gz" \
 && echo "$(curl -fsSL "$base/apache-maven-$MAVEN_VERSION-bin.tar.gz.sha512")  /tmp/maven.tar.gz" | sha512sum -c - \
 && mkdir -p "$MAVEN_HOME/ref" \
 && tar -xzf /tmp/maven.tar.gz -C "$MAVEN_HOME" --strip-components=1 \
 && rm /tmp/maven.tar.gz \
 && printf '%s\n' '<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"' \
      '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' \
      '  xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">' \
      '  <localRepository>/usr/share/maven/ref/repository</localRepository>' '</settings>' \
      > "$MAVEN_HOME/ref/settings-docker.xml" \
 && ln -s "$MAVEN_HOME/bin/mvn" /usr/bin/mvn \
 && mvn -v
COPY mvn-entrypoint.sh /usr/local/bin/mvn-entrypoint.sh
ARG USER_HOME_DIR="/root"
ENV MAVEN_CONFIG="$USER_HOME_DIR/.m2"
ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]
LABEL io.dockwright.standin="maven:3.9-eclipse-temurin-17 (the eclipse-temurin:17-jdk stand-in + Apache Maven from Maven Central)"
CMD ["mvn"]
