# Stand-in for gcr.io/distroless/java17-debian12 and :nonroot (GoogleContainerTools/distroless java/java.bzl and
# config.bzl before debian12's java images were removed): the Java base packages of debian12 (JAVA_BASE_PACKAGES),
# the C.utf8 locale, the Java trust store, a Temurin 17 JRE at /usr/lib/jvm/temurin17_jre_amd64 with /usr/bin/java
# pointing at it, ENV LANG=C.UTF-8 and JAVA_VERSION, ENTRYPOINT ["/usr/bin/java", "-jar"]. The JRE is the
# eclipse-temurin:17-jre stand-in's (jlink'd from Debian's OpenJDK 17, whose natives also need libgif7), and the
# base is the distroless base-debian12 stand-in (the official one starts from base-nossl, without libssl3).
ARG UID=0
ARG HOME_DIR=/
FROM dockwright/bookworm:minbase AS files
COPY cacerts /tmp/host-cacerts
COPY --from=eclipse-temurin:17-jre /opt/java/openjdk /out/usr/lib/jvm/temurin17_jre_amd64
RUN set -eu; \
    apt-get update -qq; mkdir -p /tmp/debs; cd /tmp/debs; \
    apt-get download -qq zlib1g libjpeg62-turbo liblcms2-2 libfreetype6 fonts-dejavu-core fontconfig-config \
      libexpat1 libfontconfig1 libuuid1 libbrotli1 libcrypt1 libstdc++6 libgcc-s1 gcc-12-base libpng16-16 \
      libharfbuzz0b libgraphite2-3 libpcre2-8-0 libglib2.0-0 libgif7; \
    for deb in /tmp/debs/*.deb; do dpkg-deb -x "$deb" /out; done; \
    rm -rf /var/lib/apt/lists/* /tmp/debs; \
    mkdir -p /out/usr/bin /out/usr/lib/locale /out/etc/ssl/certs/java; \
    ln -s /usr/lib/jvm/temurin17_jre_amd64/bin/java /out/usr/bin/java; \
    cp -r /usr/lib/locale/C.utf8 /out/usr/lib/locale/; \
    if [ -s /tmp/host-cacerts ]; then cp /tmp/host-cacerts /out/etc/ssl/certs/java/cacerts; \
      cp /tmp/host-cacerts /out/usr/lib/jvm/temurin17_jre_amd64/lib/security/cacerts; fi; \
    rm -rf /out/usr/share/doc /out/usr/share/man
FROM gcr.io/distroless/base-debian12
ARG UID
ARG HOME_DIR
COPY --from=files /out/ /
ENV LANG=C.UTF-8 JAVA_VERSION=17.0.19+10
USER $UID
WORKDIR $HOME_DIR
LABEL io.dockwright.standin="gcr.io/distroless/java17-debian12 (Debian bookworm package files + the eclipse-temurin:17-jre stand-in's JRE; no shell)"
ENTRYPOINT ["/usr/bin/java", "-jar"]
