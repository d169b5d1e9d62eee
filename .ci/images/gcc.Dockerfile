# Stand-in for gcc:12 (docker-library/gcc 12/Dockerfile: FROM buildpack-deps:bookworm, GCC built into /usr/local,
# ENV GCC_VERSION). Here Debian's GCC 12 in /usr/bin, with the /usr/local/bin names the official image has.
FROM dockwright/bookworm:buildpack
RUN for t in gcc g++ cpp c++ gcov; do ln -s "/usr/bin/$t" "/usr/local/bin/$t"; done \
 && gcc --version | head -n1
ENV GCC_VERSION=12.2.0
LABEL io.dockwright.standin="gcc:12 (Debian bookworm gcc-12 on the buildpack-deps stand-in)"
CMD ["bash"]
