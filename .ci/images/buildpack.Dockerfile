# Stand-in for buildpack-deps:bookworm (docker-library/buildpack-deps, debian/bookworm/Dockerfile): the scm layer
# plus the same compilers and -dev libraries, the base of the official fat python, node, ruby and rust images.
# Also the stand-in for gcc:12 (the official one builds GCC 12 into /usr/local on this base; here it is
# Debian's gcc-12 in /usr/bin).
FROM dockwright/bookworm:scm
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      autoconf automake bzip2 dpkg-dev file g++ gcc imagemagick libbz2-dev libc6-dev libcurl4-openssl-dev \
      libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev libjpeg-dev libkrb5-dev \
      liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses5-dev libncursesw5-dev \
      libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev \
      libxslt-dev libyaml-dev make patch unzip xz-utils zlib1g-dev default-libmysqlclient-dev >/dev/null \
 && rm -rf /var/lib/apt/lists/*
LABEL io.dockwright.standin="buildpack-deps:bookworm / gcc:12 (Debian bookworm, buildpack-deps' package list)"
CMD ["bash"]
