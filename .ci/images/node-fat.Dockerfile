# Stand-in for node:18 / node:18-bookworm (nodejs/docker-node 18/bookworm/Dockerfile): the buildpack-deps:bookworm
# stand-in, the node user (uid/gid 1000, home /home/node), the official Node.js 18 distribution in /usr/local and
# yarn in /opt (from dockwright/node-dist:18), docker-entrypoint.sh, CMD node.
FROM dockwright/bookworm:buildpack
RUN groupadd --gid 1000 node \
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ENV NODE_VERSION=18.20.8
COPY --from=dockwright/node-dist:18 /dist/ /
ENV YARN_VERSION=1.22.19
# registries are reached through this machine's TLS proxy: npm (and yarn, which reads npm's config) trust the
# machine's CA bundle through the global npmrc; the official image has no such file
RUN echo 'cafile=/etc/ssl/certs/ca-certificates.crt' > /usr/local/etc/npmrc \
 && node --version && npm --version && yarn --version
COPY node-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENTRYPOINT ["docker-entrypoint.sh"]
LABEL io.dockwright.standin="node:18 (official Node.js 18 binary from the npm registry on the buildpack-deps stand-in)"
CMD ["node"]
