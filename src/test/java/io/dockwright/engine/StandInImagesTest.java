package io.dockwright.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.model.ContainerConfig;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.result.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The offline stand-ins made by .ci/docker-setup.sh behave as the official images do where Dockerfiles touch them.
 * Each expected value is the official image's, cited from its upstream Dockerfile or build file; configs are read
 * with the engine's inspect, files and users by running throw-away containers without a network.
 */
class StandInImagesTest {
    private static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    private static EngineFixture engine;
    private static StandInProbe probe;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() throws Exception {
        engine = EngineFixture.connectOrSkip(1);
        probe = new StandInProbe(engine.session.connection().client());
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) engine.close();
    }

    private static void need(String... images) throws EngineUnavailableException {
        engine.assumeImages(images);
    }

    private static String out(String image, String script) throws InterruptedException {
        StandInProbe.Run run = probe.sh(image, script);
        assertEquals(0, run.exitCode(), image + ": " + script + "\n" + run.output());
        return run.output().strip();
    }

    @Test
    void guidePatternBuildsOfflineWithThePythonStandIns() throws Exception {
        need("python:3.7", "python:3.7-slim");
        Files.writeString(dir.resolve("req.txt"), "six==1.16.0\nrequests\n");
        Files.writeString(dir.resolve("run.py"), "import six, requests\nprint('six', six.__version__, 'requests', bool(requests.get))\n");
        String dockerfile = String.join("\n", "FROM python:3.7 AS builder", "WORKDIR /app", "COPY req.txt .",
                "RUN pip install -r req.txt", "FROM python:3.7-slim", "WORKDIR /app",
                "COPY --from=builder /usr/local/lib/python3.7/site-packages/ /usr/local/lib/python3.7/site-packages/",
                "COPY . .", "ENTRYPOINT [\"python\", \"run.py\"]", "");
        BuildResult r = build("guide", dockerfile);
        // the last line: Debian's requests 2.28 warns (stderr) about its charset_normalizer 3.0 being newer than it knows
        String out = engine.run(r.imageId()).strip();
        assertEquals("six 1.16.0 requests True", out.substring(out.lastIndexOf('\n') + 1), out);
        assertTrue(r.layers().stream().anyMatch(l -> l.line() == 7 && l.sizeBytes() > 100_000), r.layers().toString());
    }

    private BuildResult build(String name, String dockerfile) throws Exception {
        return engine.service.start(new BuildVariant(name, dockerfile, dir, null, Map.of(), "none", false,
                engine.tag(name)), BackendChoice.ENGINE_API, BuildListener.NONE).result().get(5, TimeUnit.MINUTES);
    }

    // --- python: docker-library/python 3.11/{bookworm,slim-bookworm}/Dockerfile

    static Stream<String> pythonImages() {
        return Stream.of("python:3.7", "python:3.7-slim", "python:3.11", "python:3.11-slim", "python:3.11-bookworm",
                "python:3.11-slim-bookworm", "python:3", "python:3-slim");
    }

    private static String site(String image) {
        return image.startsWith("python:3.7") ? "3.7" : "3.11";
    }

    @ParameterizedTest
    @MethodSource("pythonImages")
    void pythonConfigIsTheOfficialOne(String image) throws Exception {
        need(image);
        ContainerConfig config = probe.config(image);
        Map<String, String> env = StandInProbe.env(config);
        assertAll(
                // ENV PATH /usr/local/bin:$PATH; ENV LANG C.UTF-8; ENV PYTHON_VERSION ...; CMD ["python3"]
                () -> assertEquals("/usr/local/bin:" + PATH, env.get("PATH")),
                () -> assertEquals("C.UTF-8", env.get("LANG")),
                () -> assertTrue(env.containsKey("PYTHON_VERSION"), env.toString()),
                () -> assertEquals(List.of("python3"), StandInProbe.list(config.getCmd())),
                () -> assertEquals(List.of(), StandInProbe.list(config.getEntrypoint())),
                () -> assertEquals("", config.getUser()),
                () -> assertEquals("", config.getWorkingDir()));
    }

    @ParameterizedTest
    @MethodSource("pythonImages")
    void pythonToolsAndInstallPathsAreTheOfficialOnes(String image) throws Exception {
        need(image);
        String site = site(image);
        // make install puts python3, pip3 in /usr/local/bin; the last RUN links python, pip, pydoc to them
        assertEquals("/usr/local/bin/python\n/usr/local/bin/python3\n/usr/local/bin/pip\n/usr/local/bin/pip3",
                out(image, "for t in python python3 pip pip3; do command -v $t; done"));
        String version = StandInProbe.env(probe.config(image)).get("PYTHON_VERSION");
        assertEquals("Python " + version, out(image, "python --version"));
        // pip installs into the prefix's lib/pythonX.Y/site-packages: /usr/local by default, PREFIX with --prefix
        assertEquals("/usr/local/lib/python" + site + "/site-packages/six.py",
                out(image, "pip install -q six && python -c 'import six, os; print(os.path.realpath(six.__file__))'"));
        assertEquals("/install/lib/python" + site + "/site-packages/six.py",
                out(image, "pip install -q --prefix=/install six && ls /install/lib/python" + site + "/site-packages/six.py"));
        assertEquals("ok", out(image, "python -m venv /tmp/v && /tmp/v/bin/pip install -q six && /tmp/v/bin/python -c 'import six; print(\"ok\")'"));
    }

    @Test
    void fatPythonCompilesAndSlimHasNoCompiler() throws Exception {
        need("python:3.11", "python:3.11-slim");
        // FROM buildpack-deps:bookworm (gcc, make) vs FROM debian:bookworm-slim (build tools purged)
        assertEquals("/usr/bin/gcc", out("python:3.11", "command -v gcc"));
        assertTrue(probe.sh("python:3.11-slim", "command -v gcc").exitCode() != 0, "slim: no gcc");
    }

    // --- node: nodejs/docker-node 18/bookworm/Dockerfile and 18/bookworm-slim/Dockerfile

    @ParameterizedTest
    @ValueSource(strings = {"node:18", "node:18-slim", "node:18-bookworm", "node:18-bookworm-slim"})
    void nodeConfigIsTheOfficialOne(String image) throws Exception {
        need(image);
        ContainerConfig config = probe.config(image);
        Map<String, String> env = StandInProbe.env(config);
        assertAll(
                // ENV NODE_VERSION 18.x; ENV YARN_VERSION 1.22.19; ENTRYPOINT ["docker-entrypoint.sh"]; CMD [ "node" ]
                () -> assertTrue(env.getOrDefault("NODE_VERSION", "").startsWith("18."), env.toString()),
                () -> assertEquals("1.22.19", env.get("YARN_VERSION")),
                () -> assertEquals(PATH, env.get("PATH")),
                () -> assertEquals(List.of("docker-entrypoint.sh"), StandInProbe.list(config.getEntrypoint())),
                () -> assertEquals(List.of("node"), StandInProbe.list(config.getCmd())),
                () -> assertEquals("", config.getUser()),
                () -> assertEquals("", config.getWorkingDir()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"node:18", "node:18-slim"})
    void nodeToolsUsersAndPrefixAreTheOfficialOnes(String image) throws Exception {
        need(image);
        String version = StandInProbe.env(probe.config(image)).get("NODE_VERSION");
        // tar -xJf node-*.tar.xz -C /usr/local: node is a file there, npm/npx link into lib/node_modules
        assertEquals("/usr/local/bin/node\n/usr/local/bin/npm\n/usr/local/bin/npx\n/usr/local/bin/yarn",
                out(image, "for t in node npm npx yarn; do command -v $t; done"));
        assertEquals("file v" + version, out(image, "[ -f /usr/local/bin/node ] && [ ! -L /usr/local/bin/node ] && echo file $(node --version)"));
        assertEquals("/usr/local\n/usr/local/lib/node_modules", out(image, "npm config get prefix && npm root -g"));
        assertEquals("1.22.19", out(image, "yarn --version"));
        // groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
        assertEquals("node:x:1000:1000::/home/node:/bin/bash", out(image, "getent passwd node"));
        assertEquals("node:x:1000:", out(image, "getent group node"));
        assertEquals("uid=1000(node) gid=1000(node) groups=1000(node)", out(image, "su node -c id"));
        // docker-entrypoint.sh: an option as the first argument runs under node
        StandInProbe.Run run = probe.withCmd(image, "-e", "console.log(6*7)");
        assertEquals("42", run.output().strip(), run.output());
    }

    @Test
    void nodeGlobalInstallLandsInTheUsrLocalPrefix() throws Exception {
        need("node:18-slim");
        // a packed local package installs globally without the registry: into $PREFIX/lib/node_modules, bin in $PREFIX/bin
        String pkg = "mkdir -p /tmp/p && cd /tmp/p"
                + " && printf '{\"name\":\"hello-cli\",\"version\":\"1.0.0\",\"bin\":{\"hello-cli\":\"cli.js\"}}' > package.json"
                + " && printf '#!/usr/bin/env node\\nconsole.log(\"hello from \" + __dirname)\\n' > cli.js"
                + " && npm pack -q >/dev/null && npm install -g -q --offline ./hello-cli-1.0.0.tgz >/dev/null 2>&1"
                + " && command -v hello-cli && cd / && hello-cli";
        assertEquals("/usr/local/bin/hello-cli\nhello from /usr/local/lib/node_modules/hello-cli", out("node:18-slim", pkg));
    }

    // --- golang: docker-library/golang 1.19/bookworm/Dockerfile

    @Test
    void golangWorkdirGopathAndGoroot() throws Exception {
        need("golang:1.19");
        ContainerConfig config = probe.config("golang:1.19");
        Map<String, String> env = StandInProbe.env(config);
        assertAll(
                // ENV PATH /usr/local/go/bin:$PATH; ENV GOPATH /go; ENV PATH $GOPATH/bin:$PATH; WORKDIR $GOPATH
                () -> assertEquals("/go/bin:/usr/local/go/bin:" + PATH, env.get("PATH")),
                () -> assertEquals("/go", env.get("GOPATH")),
                () -> assertTrue(env.getOrDefault("GOLANG_VERSION", "").startsWith("1.19"), env.toString()),
                () -> assertEquals("/go", config.getWorkingDir()),
                () -> assertEquals("", config.getUser()));
        assertEquals("/usr/local/go/bin/go\n/usr/local/go", out("golang:1.19", "command -v go && go env GOROOT"));
        // mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"
        assertEquals("1777 1777 1777 /go", out("golang:1.19", "stat -c %a /go /go/src /go/bin | tr '\\n' ' ' && pwd"));
        assertTrue(out("golang:1.19", "go version").startsWith("go version go1.19"));
    }

    // --- distroless: GoogleContainerTools/distroless common/BUILD.bazel (passwd, group, home), static/static.bzl
    // (env, user, workdir), base/config.bzl and cc/config.bzl (packages)

    static Stream<String> distrolessImages() {
        return Stream.of("static", "base", "cc").flatMap(f -> Stream.of(
                "gcr.io/distroless/" + f + "-debian12", "gcr.io/distroless/" + f + "-debian12:nonroot"));
    }

    @ParameterizedTest
    @MethodSource("distrolessImages")
    void distrolessUsersConfigAndNoShell(String image) throws Exception {
        need(image);
        boolean nonroot = image.endsWith(":nonroot");
        ContainerConfig config = probe.config(image);
        Map<String, String> env = StandInProbe.env(config);
        assertAll(
                () -> assertEquals(PATH, env.get("PATH")),
                () -> assertEquals("/etc/ssl/certs/ca-certificates.crt", env.get("SSL_CERT_FILE")),
                () -> assertEquals(nonroot ? "65532" : "0", config.getUser()),
                () -> assertEquals(nonroot ? "/home/nonroot" : "/", config.getWorkingDir()),
                () -> assertEquals(List.of(), StandInProbe.list(config.getEntrypoint())),
                () -> assertEquals(List.of(), StandInProbe.list(config.getCmd())));
        assertEquals("root:x:0:0:root:/root:/sbin/nologin\n"
                        + "nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n"
                        + "nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n",
                probe.file(image, "/etc/passwd").orElse("missing"));
        assertEquals("root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n",
                probe.file(image, "/etc/group").orElse("missing"));
        assertTrue(probe.file(image, "/etc/ssl/certs/ca-certificates.crt").orElse("").contains("BEGIN CERTIFICATE"));
        assertTrue(probe.file(image, "/etc/os-release").orElse("").contains("VERSION=\"Debian GNU/Linux 12 (bookworm)\""));
        assertTrue(probe.file(image, "/bin/sh").isEmpty(), "no shell");
        assertTrue(probe.file(image, "/bin/bash").isEmpty(), "no shell");
    }

    @Test
    void distrolessLibrariesPerFlavor() throws Exception {
        need("gcr.io/distroless/static-debian12", "gcr.io/distroless/base-debian12", "gcr.io/distroless/cc-debian12");
        String libc = "/lib/x86_64-linux-gnu/libc.so.6";
        String libstdcxx = "/usr/lib/x86_64-linux-gnu/libstdc++.so.6";
        assertTrue(probe.file("gcr.io/distroless/static-debian12", libc).isEmpty(), "static: no libc");
        assertTrue(probe.file("gcr.io/distroless/base-debian12", libc).isPresent(), "base: libc6");
        assertTrue(probe.file("gcr.io/distroless/base-debian12", libstdcxx).isEmpty(), "base: no libstdc++");
        assertTrue(probe.file("gcr.io/distroless/cc-debian12", libstdcxx).isPresent(), "cc: libstdc++6");
        assertTrue(probe.file("gcr.io/distroless/static-debian12", "/usr/share/zoneinfo/UTC").isPresent(), "tzdata");
    }

    @Test
    void aCxxProgramFromGccRunsOnDistrolessCcAsNonroot() throws Exception {
        need("gcc:12", "gcr.io/distroless/cc-debian12:nonroot");
        Files.writeString(dir.resolve("hi.cc"), "#include <iostream>\n#include <unistd.h>\n"
                + "int main() { std::cout << \"uid \" << getuid() << std::endl; }\n");
        BuildResult r = build("cc", String.join("\n", "FROM gcc:12 AS build", "WORKDIR /src", "COPY hi.cc .",
                "RUN g++ -O2 -o hi hi.cc", "FROM gcr.io/distroless/cc-debian12:nonroot", "COPY --from=build /src/hi /hi",
                "ENTRYPOINT [\"/hi\"]", ""));
        StandInProbe.Run run = probe.withCmd(r.imageId());
        assertEquals("uid 65532", run.output().strip(), run.output());
    }

    @Test
    void distrolessJavaRunsAJar() throws Exception {
        need("gcr.io/distroless/java17-debian12");
        ContainerConfig config = probe.config("gcr.io/distroless/java17-debian12");
        // java.bzl: entrypoint ["/usr/bin/java", "-jar"]; java_base env LANG C.UTF-8; env JAVA_VERSION
        assertEquals(List.of("/usr/bin/java", "-jar"), StandInProbe.list(config.getEntrypoint()));
        assertEquals("C.UTF-8", StandInProbe.env(config).get("LANG"));
        StandInProbe.Run run = probe.withEntrypoint("gcr.io/distroless/java17-debian12", "/usr/bin/java", "-version");
        assertTrue(run.output().contains("version \"17"), run.output());
    }

    // --- eclipse-temurin: adoptium/containers 17/{jdk,jre}/ubuntu/noble/Dockerfile; maven: carlossg/docker-maven
    // eclipse-temurin-17/Dockerfile

    @ParameterizedTest
    @ValueSource(strings = {"eclipse-temurin:17-jdk", "eclipse-temurin:17-jre", "maven:3.9-eclipse-temurin-17"})
    void temurinLayoutAndConfig(String image) throws Exception {
        need(image);
        ContainerConfig config = probe.config(image);
        Map<String, String> env = StandInProbe.env(config);
        boolean maven = image.startsWith("maven");
        assertAll(
                // ENV JAVA_HOME /opt/java/openjdk; ENV PATH $JAVA_HOME/bin:$PATH; LANG/LANGUAGE/LC_ALL en_US.UTF-8
                () -> assertEquals("/opt/java/openjdk", env.get("JAVA_HOME")),
                () -> assertEquals("/opt/java/openjdk/bin:" + PATH, env.get("PATH")),
                () -> assertEquals("en_US.UTF-8", env.get("LC_ALL")),
                () -> assertTrue(env.getOrDefault("JAVA_VERSION", "").startsWith("jdk-17"), env.toString()),
                () -> assertEquals(List.of(maven ? "/usr/local/bin/mvn-entrypoint.sh" : "/__cacert_entrypoint.sh"),
                        StandInProbe.list(config.getEntrypoint())),
                () -> assertEquals("", config.getUser()));
        assertEquals("/opt/java/openjdk/bin/java", out(image, "command -v java"));
        // Ubuntu 24.04, the official base, has the user ubuntu with uid/gid 1000
        assertEquals("ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash", out(image, "getent passwd 1000"));
    }

    @Test
    void temurinJdkHasTheCompilerAndTheJreHasNot() throws Exception {
        need("eclipse-temurin:17-jdk", "eclipse-temurin:17-jre");
        assertEquals(List.of("jshell"), StandInProbe.list(probe.config("eclipse-temurin:17-jdk").getCmd()));
        assertEquals("/opt/java/openjdk/bin/javac", out("eclipse-temurin:17-jdk", "command -v javac"));
        assertTrue(probe.sh("eclipse-temurin:17-jre", "command -v javac").exitCode() != 0, "jre: no javac");
        // the entrypoint runs the command as given
        assertTrue(probe.withCmd("eclipse-temurin:17-jre", "java", "-version").output().contains("version \"17"));
    }

    @Test
    void mavenHomeConfigAndEntrypoint() throws Exception {
        need("maven:3.9-eclipse-temurin-17");
        ContainerConfig config = probe.config("maven:3.9-eclipse-temurin-17");
        Map<String, String> env = StandInProbe.env(config);
        // ENV MAVEN_HOME /usr/share/maven; ENV MAVEN_CONFIG "$USER_HOME_DIR/.m2"; CMD ["mvn"]
        assertEquals("/usr/share/maven", env.get("MAVEN_HOME"));
        assertEquals("/root/.m2", env.get("MAVEN_CONFIG"));
        assertEquals(List.of("mvn"), StandInProbe.list(config.getCmd()));
        assertEquals("/usr/bin/mvn -> /usr/share/maven/bin/mvn", out("maven:3.9-eclipse-temurin-17", "echo $(command -v mvn) '->' $(readlink /usr/bin/mvn)"));
        // mvn-entrypoint.sh copies /usr/share/maven/ref into ~/.m2, unsets MAVEN_CONFIG and runs the command
        StandInProbe.Run run = probe.withCmd("maven:3.9-eclipse-temurin-17", "sh", "-c",
                "ls /root/.m2/settings-docker.xml && echo \"config=${MAVEN_CONFIG:-unset}\" && mvn -v | head -n1");
        assertTrue(run.output().contains("/root/.m2/settings-docker.xml\nconfig=unset\nApache Maven 3.9"), run.output());
    }

    // --- ruby: docker-library/ruby 3.1/{bookworm,slim-bookworm}/Dockerfile

    @ParameterizedTest
    @ValueSource(strings = {"ruby:3.1", "ruby:3.1-slim"})
    void rubyGemHomeBundlerAndConfig(String image) throws Exception {
        need(image);
        ContainerConfig config = probe.config(image);
        Map<String, String> env = StandInProbe.env(config);
        assertAll(
                // ENV GEM_HOME /usr/local/bundle; BUNDLE_SILENCE_ROOT_WARNING=1 BUNDLE_APP_CONFIG="$GEM_HOME";
                // ENV PATH $GEM_HOME/bin:$PATH; ENV LANG C.UTF-8; CMD [ "irb" ]
                () -> assertEquals("/usr/local/bundle", env.get("GEM_HOME")),
                () -> assertEquals("/usr/local/bundle", env.get("BUNDLE_APP_CONFIG")),
                () -> assertEquals("1", env.get("BUNDLE_SILENCE_ROOT_WARNING")),
                () -> assertEquals("/usr/local/bundle/bin:" + PATH, env.get("PATH")),
                () -> assertEquals("C.UTF-8", env.get("LANG")),
                () -> assertTrue(env.getOrDefault("RUBY_VERSION", "").startsWith("3.1"), env.toString()),
                () -> assertEquals(List.of("irb"), StandInProbe.list(config.getCmd())));
        // [ "$(command -v ruby)" = '/usr/local/bin/ruby' ]; ruby --version; gem --version; bundle --version
        assertEquals("/usr/local/bin/ruby\n/usr/local/bin/gem\n/usr/local/bin/bundle", out(image, "for t in ruby gem bundle; do command -v $t; done"));
        assertTrue(out(image, "bundle --version").startsWith("Bundler version 2"));
        assertEquals("1777 /usr/local/bundle", out(image, "stat -c '%a %n' /usr/local/bundle"));
        // echo 'gem: --no-document' >> /usr/local/etc/gemrc
        assertEquals("gem: --no-document", out(image, "cat /usr/local/etc/gemrc"));
    }

    // --- rust: rust-lang/docker-rust stable/bookworm/Dockerfile and stable/bookworm/slim/Dockerfile

    @ParameterizedTest
    @ValueSource(strings = {"rust:1.63", "rust:1.63-slim"})
    void rustCargoOnPathAndBuildsOffline(String image) throws Exception {
        need(image);
        Map<String, String> env = StandInProbe.env(probe.config(image));
        // ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:$PATH
        assertEquals("/usr/local/cargo", env.get("CARGO_HOME"));
        assertEquals("/usr/local/rustup", env.get("RUSTUP_HOME"));
        assertEquals("/usr/local/cargo/bin:" + PATH, env.get("PATH"));
        assertEquals("/usr/local/cargo/bin/cargo\n/usr/local/cargo/bin/rustc", out(image, "for t in cargo rustc; do command -v $t; done"));
        assertEquals("Hello, world!", out(image, "cd /tmp && USER=root cargo new -q hello && cd hello && cargo run -q --offline"));
    }

    // --- php: docker-library/php 8.2/bookworm/{cli,apache,fpm}/Dockerfile

    @ParameterizedTest
    @ValueSource(strings = {"php:8.2-cli", "php:8.2-apache", "php:8.2-fpm"})
    void phpConfigAndIniLayout(String image) throws Exception {
        need(image);
        ContainerConfig config = probe.config(image);
        Map<String, String> env = StandInProbe.env(config);
        assertAll(
                // ENV PHP_INI_DIR /usr/local/etc/php; ENV PHPIZE_DEPS ...; ENTRYPOINT ["docker-php-entrypoint"]
                () -> assertEquals("/usr/local/etc/php", env.get("PHP_INI_DIR")),
                () -> assertTrue(env.getOrDefault("PHPIZE_DEPS", "").contains("re2c"), env.toString()),
                () -> assertTrue(env.getOrDefault("PHP_VERSION", "").startsWith("8.2."), env.toString()),
                () -> assertEquals(List.of("docker-php-entrypoint"), StandInProbe.list(config.getEntrypoint())));
        assertEquals("/usr/local/bin/php\n/usr/local/bin/docker-php-ext-install\n/usr/local/bin/docker-php-ext-enable",
                out(image, "for t in php docker-php-ext-install docker-php-ext-enable; do command -v $t; done"));
        // cp -v php.ini-* "$PHP_INI_DIR/" and no php.ini; docker-php-ext-enable opcache / sodium
        assertEquals("php.ini-development php.ini-production", out(image, "cd $PHP_INI_DIR && echo php.ini*"));
        assertTrue(out(image, "php -m").contains("Zend OPcache"));
        assertEquals("/usr/local/lib/php/extensions/no-debug-non-zts-20220829", out(image, "php -r 'echo ini_get(\"extension_dir\");'"));
        // /var/www/html: chown www-data:www-data, chmod 1777
        assertEquals("1777 www-data", out(image, "stat -c '%a %U' /var/www/html"));
    }

    @Test
    void phpCliCommandAndDefaults() throws Exception {
        need("php:8.2-cli");
        ContainerConfig config = probe.config("php:8.2-cli");
        assertEquals(List.of("php", "-a"), StandInProbe.list(config.getCmd()));
        assertEquals("", config.getWorkingDir());
        // docker-php-entrypoint: an option as the first argument runs php with it
        assertEquals("42", probe.withCmd("php:8.2-cli", "-r", "echo 6*7;").output().strip());
    }

    @Test
    void dockerPhpExtInstallEnablesAnExtensionTheImageLacks() throws Exception {
        need("php:8.2-cli");
        assertFalse(out("php:8.2-cli", "php -m").contains("pdo_mysql"), "not compiled in by default");
        BuildResult r = build("phpext", String.join("\n", "FROM php:8.2-cli",
                "RUN docker-php-ext-install pdo_mysql sockets", "CMD [\"php\", \"-m\"]", ""));
        String modules = probe.withCmd(r.imageId()).output();
        assertTrue(modules.contains("pdo_mysql") && modules.contains("sockets"), modules);
        assertEquals("extension=pdo_mysql", out(r.imageId(), "cat $PHP_INI_DIR/conf.d/docker-php-ext-pdo_mysql.ini"));
    }

    @Test
    void phpApacheServesVarWwwHtmlOnPort80AsWwwData() throws Exception {
        need("php:8.2-apache");
        ContainerConfig config = probe.config("php:8.2-apache");
        // WORKDIR /var/www/html; EXPOSE 80; CMD ["apache2-foreground"]
        assertEquals("/var/www/html", config.getWorkingDir());
        assertEquals(List.of("apache2-foreground"), StandInProbe.list(config.getCmd()));
        assertEquals("80/tcp", config.getExposedPorts()[0].toString());
        Files.writeString(dir.resolve("index.php"), "<?php echo 'served by ', posix_getpwuid(posix_geteuid())['name'], ' from ', __DIR__;\n");
        BuildResult r = build("apache", String.join("\n", "FROM php:8.2-apache", "COPY index.php /var/www/html/", ""));
        StandInProbe.Run run = probe.serveAndProbe(r.imageId(), "curl", "-fsS", "http://127.0.0.1:80/");
        assertEquals("served by www-data from /var/www/html", run.output().strip(), run.output());
    }

    @Test
    void phpFpmListensOn9000() throws Exception {
        need("php:8.2-fpm");
        ContainerConfig config = probe.config("php:8.2-fpm");
        // WORKDIR /var/www/html; EXPOSE 9000; CMD ["php-fpm"]; zz-docker.conf: listen = 9000
        assertEquals("/var/www/html", config.getWorkingDir());
        assertEquals(List.of("php-fpm"), StandInProbe.list(config.getCmd()));
        assertEquals("9000/tcp", config.getExposedPorts()[0].toString());
        assertEquals("/usr/local/sbin/php-fpm", out("php:8.2-fpm", "command -v php-fpm"));
        StandInProbe.Run run = probe.serveAndProbe("php:8.2-fpm", "php", "-r",
                "exit(@fsockopen('127.0.0.1', 9000) ? 0 : 1);");
        assertEquals(0, run.exitCode(), run.output());
    }

    @Test
    void gccIsOnThePathAsInTheOfficialImage() throws Exception {
        need("gcc:12");
        // docker-library/gcc: GCC 12 installed into /usr/local
        assertTrue(out("gcc:12", "gcc --version | head -n1").contains(" 12."));
        assertEquals("/usr/local/bin/gcc", out("gcc:12", "command -v gcc"));
    }
}
