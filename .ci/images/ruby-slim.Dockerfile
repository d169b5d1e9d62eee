# Stand-in for ruby:3.1-slim / ruby:3.1-slim-bookworm (docker-library/ruby 3.1/slim-bookworm/Dockerfile: FROM
# debian:bookworm-slim, ca-certificates, Ruby built into /usr/local, and it keeps bzip2 libffi-dev libgmp-dev
# libssl-dev libyaml-dev procps zlib1g-dev; same ENV and CMD as the fat image): Debian bookworm's Ruby 3.1 and
# bundler on bookworm-slim, laid out by ruby-layout.sh.
FROM dockwright/bookworm:slim
ENV LANG=C.UTF-8
ENV RUBY_VERSION=3.1.2
ENV GEM_HOME=/usr/local/bundle
ENV BUNDLE_SILENCE_ROOT_WARNING=1 BUNDLE_APP_CONFIG="$GEM_HOME"
ENV PATH=$GEM_HOME/bin:$PATH
COPY ca-certificates.crt /tmp/host-ca.crt
COPY ruby-layout.sh /tmp/
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      ca-certificates ruby ruby-bundler rake bzip2 libffi-dev libgmp-dev libssl-dev libyaml-dev procps zlib1g-dev >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && /tmp/ruby-layout.sh && rm /tmp/ruby-layout.sh
LABEL io.dockwright.standin="ruby:3.1-slim (Debian bookworm ruby3.1 + bundler on bookworm-slim)"
CMD ["irb"]
