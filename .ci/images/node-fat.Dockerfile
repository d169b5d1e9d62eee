# Stand-in for node:18: Debian bookworm's Node.js 18 on the buildpack base, with npm from the npm registry
# (as the official image bundles it) rather than Debian's split npm packages.
FROM dockwright/bookworm:buildpack
ARG NPM_VERSION=10.8.2
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs python3 >/dev/null \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /usr/local/lib/node_modules/npm \
 && curl -fsSL "https://registry.npmjs.org/npm/-/npm-${NPM_VERSION}.tgz" \
    | tar -xz -C /usr/local/lib/node_modules/npm --strip-components=1 \
 && ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && npm --version
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
LABEL io.dockwright.standin="node:18 (Debian bookworm nodejs + npm from the registry + build-essential)"
CMD ["node"]
