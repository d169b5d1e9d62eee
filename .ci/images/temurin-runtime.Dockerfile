# The common part of the eclipse-temurin:17 stand-ins (adoptium/containers 17/{jdk,jre}/ubuntu/noble/Dockerfile):
# the official images are Ubuntu 24.04 with curl wget fontconfig ca-certificates p11-kit tzdata locales (binutils
# too for the JDK), en_US.UTF-8, ENV JAVA_HOME=/opt/java/openjdk, PATH=$JAVA_HOME/bin:$PATH, LANG/LANGUAGE/LC_ALL,
# JAVA_VERSION and ENTRYPOINT ["/__cacert_entrypoint.sh"]; Ubuntu 24.04 has the user ubuntu (uid/gid 1000, home
# /home/ubuntu). Here Debian bookworm-slim, plus the shared libraries Debian's OpenJDK natives link against where
# Temurin bundles its own (lcms2, libjpeg, harfbuzz, giflib) or opens them at run time (pcsclite).
FROM dockwright/bookworm:slim
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH=$JAVA_HOME/bin:$PATH
ENV LANG='en_US.UTF-8' LANGUAGE='en_US:en' LC_ALL='en_US.UTF-8'
COPY ca-certificates.crt /tmp/host-ca.crt
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      curl wget fontconfig ca-certificates p11-kit binutils tzdata locales \
      liblcms2-2 libjpeg62-turbo libharfbuzz0b libgif7 libpcsclite1 >/dev/null \
 && echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen \
 && locale-gen en_US.UTF-8 >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && groupadd --gid 1000 ubuntu \
 && useradd --uid 1000 --gid ubuntu --shell /bin/bash --create-home --comment Ubuntu ubuntu
ENV JAVA_VERSION=jdk-17.0.19+10
COPY temurin-entrypoint.sh /__cacert_entrypoint.sh
ENTRYPOINT ["/__cacert_entrypoint.sh"]
CMD ["/bin/bash"]
