# Stand-in for buildpack-deps:bookworm-curl + buildpack-deps:bookworm-scm (docker-library/buildpack-deps,
# debian/bookworm/{curl,scm}/Dockerfile): the base of the official golang images, with the host's CA bundle
# (registries are reached through this machine's TLS proxy).
FROM dockwright/bookworm:minbase
COPY ca-certificates.crt /tmp/host-ca.crt
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      ca-certificates curl gnupg netbase sq wget \
      git git-lfs mercurial openssh-client subversion procps >/dev/null \
 && cp /tmp/host-ca.crt /etc/ssl/certs/ca-certificates.crt && rm /tmp/host-ca.crt \
 && rm -rf /var/lib/apt/lists/*
LABEL io.dockwright.standin="buildpack-deps:bookworm-scm (curl, wget, gnupg, git, mercurial, subversion, ssh, procps)"
CMD ["bash"]
