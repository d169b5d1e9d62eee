# Stand-in for eclipse-temurin:17-jre. Temurin's JRE is OpenJDK's `legacy-jre-image` make target (temurin-build
# runs `make product-images legacy-jre-image`): jlink over the JDK's jmods with every module the boot and platform
# class loaders define (make/conf/module-loader-map.conf: BOOT_MODULES, PLATFORM_MODULES,
# UPGRADEABLE_PLATFORM_MODULES) plus jdk.jdwp.agent, filtered to the modules the build has, linked with
# JLINK_JRE_EXTRA_OPTS (--no-man-pages --no-header-files --strip-debug; no --compress), then CDS archives.
# Application-loader modules (javac, javadoc, jshell, jlink, jar, jcmd, jconsole, jdeps, jpackage, ...) stay out.
# Here the same jlink runs over Debian bookworm's OpenJDK 17 jmods (openjdk-17-jdk-headless).
FROM dockwright/bookworm:minbase AS jre
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless binutils >/dev/null \
 && rm -rf /var/lib/apt/lists/*
# JDK 17's module-loader-map.conf; binutils gives jlink's --strip-debug the objcopy it needs for native libraries.
RUN set -eu; jdk=/usr/lib/jvm/java-17-openjdk-amd64; \
    wanted="java.base java.datatransfer java.desktop java.instrument java.logging java.management \
      java.management.rmi java.naming java.prefs java.rmi java.security.sasl java.xml jdk.incubator.foreign \
      jdk.incubator.vector jdk.internal.vm.ci jdk.jfr jdk.management jdk.management.jfr jdk.management.agent \
      jdk.net jdk.nio.mapmode jdk.sctp jdk.unsupported jdk.naming.rmi \
      java.compiler jdk.internal.vm.compiler jdk.internal.vm.compiler.management \
      java.se java.net.http java.scripting java.security.jgss java.smartcardio java.sql java.sql.rowset \
      java.transaction.xa java.xml.crypto jdk.accessibility jdk.charsets jdk.crypto.cryptoki jdk.crypto.ec \
      jdk.dynalink jdk.httpserver jdk.jsobject jdk.localedata jdk.naming.dns jdk.security.auth \
      jdk.security.jgss jdk.xml.dom jdk.zipfs \
      jdk.jdwp.agent"; \
    modules=""; \
    for m in $wanted; do [ -f "$jdk/jmods/$m.jmod" ] && modules="$modules,$m"; done; \
    "$jdk/bin/jlink" --module-path "$jdk/jmods" --add-modules "${modules#,}" \
      --no-man-pages --no-header-files --strip-debug --output /opt/java/openjdk; \
    /opt/java/openjdk/bin/java -Xshare:dump >/dev/null; \
    /opt/java/openjdk/bin/java -XX:-UseCompressedOops -Xshare:dump >/dev/null; \
    /opt/java/openjdk/bin/java --list-modules

# The runtime (temurin-runtime.Dockerfile) with the JRE; as in the official image, X11 and ALSA stay out
# (libawt_xawt and libjsound need them; headless use does not), so the check allows only those to be missing.
FROM dockwright/temurin-runtime:17
COPY cacerts /tmp/host-cacerts
COPY --from=jre /opt/java/openjdk /opt/java/openjdk
RUN if [ -s /tmp/host-cacerts ]; then cp /tmp/host-cacerts "$JAVA_HOME/lib/security/cacerts"; fi \
 && rm -f /tmp/host-cacerts \
 && find "$JAVA_HOME/lib" -name '*.so' -exec dirname '{}' ';' | sort -u > /etc/ld.so.conf.d/docker-openjdk.conf \
 && ldconfig \
 && missing="$(find "$JAVA_HOME" -name '*.so' -exec ldd '{}' ';' | grep 'not found' | grep -v -e 'libX[A-Za-z0-9]*\.so' -e 'libasound\.so' | sort -u)" \
 && if [ -n "$missing" ]; then echo "unresolved libraries: $missing" >&2; exit 1; fi \
 && java --version
LABEL io.dockwright.standin="eclipse-temurin:17-jre (jlink'd JRE module set from Debian bookworm openjdk-17-jdk-headless jmods on bookworm-slim)"
