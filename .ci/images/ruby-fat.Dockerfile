# Stand-in for ruby:3.1 / ruby:3.1-bookworm (docker-library/ruby 3.1/bookworm/Dockerfile: FROM buildpack-deps:bookworm,
# Ruby built into /usr/local, ENV LANG, RUBY_VERSION, GEM_HOME=/usr/local/bundle, BUNDLE_SILENCE_ROOT_WARNING=1,
# BUNDLE_APP_CONFIG=$GEM_HOME, PATH=$GEM_HOME/bin:$PATH, CMD irb): Debian bookworm's Ruby 3.1 with its headers and
# bundler on the buildpack-deps stand-in, laid out by ruby-layout.sh. rubygems.org is unreachable here, so
# examples vendor their gems (bundle install --local from vendor/cache).
FROM dockwright/bookworm:buildpack
ENV LANG=C.UTF-8
ENV RUBY_VERSION=3.1.2
ENV GEM_HOME=/usr/local/bundle
ENV BUNDLE_SILENCE_ROOT_WARNING=1 BUNDLE_APP_CONFIG="$GEM_HOME"
ENV PATH=$GEM_HOME/bin:$PATH
COPY ruby-layout.sh /tmp/
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ruby ruby-dev ruby-bundler rake >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && /tmp/ruby-layout.sh && rm /tmp/ruby-layout.sh
LABEL io.dockwright.standin="ruby:3.1 (Debian bookworm ruby3.1 + bundler on the buildpack-deps stand-in)"
CMD ["irb"]
