# Stand-in for node:18-slim / node:18-bookworm-slim (nodejs/docker-node 18/bookworm-slim/Dockerfile): debian
# bookworm-slim, the node user (uid/gid 1000, home /home/node), the official Node.js 18 distribution in /usr/local
# with OpenSSL headers for other architectures removed, yarn in /opt, docker-entrypoint.sh, CMD node. The official
# image keeps no ca-certificates (purged with its download tools); this one keeps the machine's CA bundle, which
# npm needs here to reach the registry through the TLS proxy.
FROM dockwright/bookworm:slim
RUN groupadd --gid 1000 node \
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ENV NODE_VERSION=18.20.8
COPY --from=dockwright/node-dist:18 /dist/ /
ENV YARN_VERSION=1.22.19
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
RUN find /usr/local/include/node/openssl/archs -mindepth 1 -maxdepth 1 ! -name linux-x86_64 -exec rm -rf {} + \
 && echo 'cafile=/etc/ssl/certs/ca-certificates.crt' > /usr/local/etc/npmrc \
 && node --version && npm --version && yarn --version
COPY node-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENTRYPOINT ["docker-entrypoint.sh"]
LABEL io.dockwright.standin="node:18-slim (official Node.js 18 binary from the npm registry on bookworm-slim)"
CMD ["node"]
