package io.dockwright.bench;

/** Generates a large, realistic multi-stage Dockerfile of about {@code lines} lines for benchmarks. */
public final class SyntheticDockerfile {
    private SyntheticDockerfile() {}

    private static final String BLOCK = """
            # stage %1$d: build a component
            FROM ${BASE}:${VERSION} AS build%1$d
            ARG COMPONENT=component-%1$d
            ENV APP_HOME=/opt/app/%1$d PATH="/opt/app/%1$d/bin:${PATH}" LANG=C.UTF-8
            LABEL org.opencontainers.image.title="component %1$d" maintainer="team@example.com"
            WORKDIR /src/%1$d
            COPY --chown=app:app package.json requirements.txt ./
            RUN apt-get update \\
                && apt-get install -y --no-install-recommends build-essential curl ca-certificates \\
                # a comment inside a continuation
                && pip install --no-cache-dir -r requirements.txt \\
                && rm -rf /var/lib/apt/lists/*
            COPY --from=build%2$d /opt/app/%2$d /opt/deps/%2$d
            RUN --mount=type=cache,target=/root/.cache make -j4 COMPONENT=$COMPONENT all
            EXPOSE 80%3$02d/tcp
            HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-f", "http://localhost:80%3$02d/health"]
            ENTRYPOINT ["/opt/app/%1$d/bin/start", "--port", "80%3$02d"]
            CMD ["serve"]

            """;

    public static String generate(int lines) {
        StringBuilder sb = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE=debian\nARG VERSION=bookworm\n\n");
        int block = 0;
        while (countLines(sb) < lines) {
            sb.append(String.format(BLOCK, block, Math.max(0, block - 1), block % 100));
            block++;
        }
        sb.append("FROM build").append(block - 1).append(" AS final\nCMD [\"run\"]\n");
        return sb.toString();
    }

    private static int countLines(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }
}
