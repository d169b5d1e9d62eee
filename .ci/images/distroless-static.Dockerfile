# Stand-in for gcr.io/distroless/static-debian12: no shell, only CA certificates, tzdata-free passwd/group.
FROM dockwright/bookworm:minbase AS files
COPY ca-certificates.crt /out/etc/ssl/certs/ca-certificates.crt
RUN mkdir -p /out/tmp && chmod 1777 /out/tmp \
 && printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > /out/etc/passwd \
 && printf 'root:x:0:\nnonroot:x:65532:\n' > /out/etc/group
FROM scratch
COPY --from=files /out/ /
LABEL io.dockwright.standin="gcr.io/distroless/static-debian12 (CA certificates and passwd only)"
