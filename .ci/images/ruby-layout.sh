#!/bin/sh
# Lays Debian's Ruby 3.1 out as the official ruby images are where Dockerfiles touch it (stand-ins only): ruby, gem,
# irb, erb, rake, bundle, bundler in /usr/local/bin; gem: --no-document in /usr/local/etc/gemrc (Debian's rubygems
# reads /etc/gemrc, which points there); GEM_HOME /usr/local/bundle (mode 1777), set by the recipes' ENV.
set -eu
for tool in ruby gem irb erb rake bundle bundler ri rdoc; do
    if [ -x "/usr/bin/$tool" ]; then ln -s "/usr/bin/$tool" "/usr/local/bin/$tool"; fi
done
mkdir -p /usr/local/etc
echo 'gem: --no-document' >> /usr/local/etc/gemrc
ln -sf /usr/local/etc/gemrc /etc/gemrc
mkdir -p "$GEM_HOME" && chmod 1777 "$GEM_HOME"
[ "$(command -v ruby)" = /usr/local/bin/ruby ] && ruby --version && gem --version && bundle --version
