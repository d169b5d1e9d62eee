# Stand-in for eclipse-temurin:17-jdk (adoptium/containers 17/jdk/ubuntu/noble/Dockerfile: the JDK at
# /opt/java/openjdk without lib/src.zip, its native library directories in ld.so.conf, CDS archive, CMD jshell).
# Here Debian bookworm's OpenJDK 17 (openjdk-17-jdk-headless, symlinks resolved) on the common runtime
# (temurin-runtime.Dockerfile), with this machine's Java trust store (Maven Central is reached through its proxy).
FROM dockwright/bookworm:minbase AS jdk
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /opt/java \
 && find /usr/lib/jvm/java-17-openjdk-amd64/ -xtype l -delete \
 && cp -rL /usr/lib/jvm/java-17-openjdk-amd64 /opt/java/openjdk \
 && rm -rf /opt/java/openjdk/lib/src.zip /opt/java/openjdk/docs /opt/java/openjdk/man

FROM dockwright/temurin-runtime:17
COPY cacerts /tmp/host-cacerts
COPY --from=jdk /opt/java/openjdk /opt/java/openjdk
RUN if [ -s /tmp/host-cacerts ]; then rm -f "$JAVA_HOME/lib/security/cacerts" && cp /tmp/host-cacerts "$JAVA_HOME/lib/security/cacerts"; fi \
 && rm -f /tmp/host-cacerts \
 && find "$JAVA_HOME/lib" -name '*.so' -exec dirname '{}' ';' | sort -u > /etc/ld.so.conf.d/docker-openjdk.conf \
 && ldconfig \
 && java -Xshare:dump >/dev/null \
 && javac --version && java --version
LABEL io.dockwright.standin="eclipse-temurin:17-jdk (Debian bookworm openjdk-17-jdk-headless at /opt/java/openjdk on bookworm-slim)"
CMD ["jshell"]
