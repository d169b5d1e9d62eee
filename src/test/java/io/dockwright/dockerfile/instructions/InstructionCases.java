package io.dockwright.dockerfile.instructions;

import java.util.List;
import java.util.stream.Stream;

/**
 * One-instruction Dockerfiles and what Docker Engine 20.10 makes of them, shared by the unit test (Dockwright's
 * verdict, message and position) and the engine test (the engine's own verdict on every one of them). The
 * instruction follows {@code FROM debian:bookworm-slim} unless the case is about FROM or its absence. Accepted
 * files build, or fail only while running a step (for example {@code RUN --mount}, which the classic builder
 * refuses at its step); the build context holds a file {@code a}.
 */
public final class InstructionCases {
    /** What the engine does with a case, and so what Dockwright must say. */
    public enum Verdict {
        /** Refused before any step runs; Dockwright reports an error. */
        REFUSED,
        /** Built, or failed only at a step; Dockwright reports no error. */
        ACCEPTED,
        /** Refused by Engine 20.10 but accepted by a newer BuildKit; Dockwright warns ({@code newer-buildkit}). */
        NEWER
    }

    /**
     * @param text     the whole Dockerfile
     * @param fragment for REFUSED and NEWER, a part of the message both Dockwright and the engine give
     * @param at       for REFUSED and NEWER, the 1-based line:column of Dockwright's finding
     */
    public record Case(String text, Verdict verdict, String fragment, String at) {
        @Override
        public String toString() {
            return text.replace("\n", " ⏎ ");
        }
    }

    public static final String FROM = "FROM debian:bookworm-slim\n";

    private InstructionCases() {}

    private static Case refused(String instruction, String fragment, String at) {
        return new Case(FROM + instruction + "\n", Verdict.REFUSED, fragment, at);
    }

    private static Case refusedFile(String text, String fragment, String at) {
        return new Case(text, Verdict.REFUSED, fragment, at);
    }

    private static Case accepted(String instruction) {
        return new Case(FROM + instruction + "\n", Verdict.ACCEPTED, null, null);
    }

    private static Case acceptedFile(String text) {
        return new Case(text, Verdict.ACCEPTED, null, null);
    }

    private static Case newer(String instruction, String fragment, String at) {
        return new Case(FROM + instruction + "\n", Verdict.NEWER, fragment, at);
    }

    public static List<Case> all() {
        return Stream.of(missingArguments(), badArguments(), badFlags(), healthchecks(), mounts(), stages(),
                accepted(), newer()).flatMap(List::stream).toList();
    }

    static List<Case> missingArguments() {
        return List.of(
                refused("ENV", "ENV requires at least one argument", "2:1"),
                refused("ARG", "ARG requires at least one argument", "2:1"),
                refused("USER", "USER requires exactly one argument", "2:1"),
                refused("WORKDIR", "WORKDIR requires exactly one argument", "2:1"),
                refused("EXPOSE", "EXPOSE requires at least one argument", "2:1"),
                refused("LABEL", "LABEL requires at least one argument", "2:1"),
                refused("VOLUME", "VOLUME requires at least one argument", "2:1"),
                refused("STOPSIGNAL", "STOPSIGNAL requires exactly one argument", "2:1"),
                refused("HEALTHCHECK", "HEALTHCHECK requires at least one argument", "2:1"),
                refused("ONBUILD", "ONBUILD requires at least one argument", "2:1"),
                refused("SHELL", "SHELL requires at least one argument", "2:1"),
                refused("MAINTAINER", "MAINTAINER requires exactly one argument", "2:1"),
                refused("COPY a", "COPY requires at least two arguments, but only one was provided", "2:6"),
                refused("ADD a", "ADD requires at least two arguments, but only one was provided", "2:5"),
                refused("COPY []", "COPY requires at least two arguments", "2:1"),
                refused("COPY [\"a\"]", "COPY requires at least two arguments", "2:7"),
                refused("VOLUME []", "VOLUME requires at least one argument", "2:1"),
                refused("SHELL []", "SHELL requires at least one argument", "2:1"),
                refused("HEALTHCHECK CMD", "Missing command after HEALTHCHECK CMD", "2:13"),
                refused("HEALTHCHECK CMD []", "Missing command after HEALTHCHECK CMD", "2:13"),
                refused("ENV PATH", "ENV must have two arguments", "2:1"));
    }

    static List<Case> badArguments() {
        return List.of(
                refused("ARG =x", "ARG names can not be blank", "2:5"),
                refused("ARG a =b", "ARG names can not be blank", "2:7"),
                refused("ENV =x", "ENV names can not be blank", "2:5"),
                refused("ENV a=1 =2", "ENV names can not be blank", "2:9"),
                refused("LABEL =x", "LABEL names can not be blank", "2:7"),
                refused("LABEL a=1 =2", "LABEL names can not be blank", "2:11"),
                refused("ENV a=1 b", "Syntax error - can't find = in \"b\". Must be of the form: name=value", "2:9"),
                refused("SHELL sh", "SHELL requires the arguments to be in JSON form", "2:7"),
                refused("SHELL /bin/sh -c", "SHELL requires the arguments to be in JSON form", "2:7"),
                refused("VOLUME [\"\"]", "VOLUME specified can not be an empty string", "2:9"),
                refused("VOLUME [\"/data\", \" \"]", "VOLUME specified can not be an empty string", "2:18"),
                refused("CMD [\"echo\", 1]", "when using JSON array syntax, arrays must be comprised of strings only", "2:14"),
                refused("HEALTHCHECK NONE x", "HEALTHCHECK NONE takes no arguments", "2:18"),
                refused("HEALTHCHECK FOO", "Unknown type \"FOO\" in HEALTHCHECK (try CMD)", "2:13"),
                refused("HEALTHCHECK cmdx true", "Unknown type \"CMDX\" in HEALTHCHECK (try CMD)", "2:13"),
                refused("FOO bar", "unknown instruction: FOO", "2:1"),
                refused("ONBUILD ONBUILD RUN true", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", "2:9"),
                refused("ONBUILD FROM debian", "FROM isn't allowed as an ONBUILD trigger", "2:9"),
                refused("ONBUILD MAINTAINER me", "MAINTAINER isn't allowed as an ONBUILD trigger", "2:9"),
                refused("ONBUILD ENV PATH", "ENV must have two arguments", "2:9"));
    }

    static List<Case> badFlags() {
        return List.of(
                refused("COPY --frm=x a b", "Unknown flag: frm", "2:6"),
                refused("COPY --FROM=x a b", "Unknown flag: FROM", "2:6"),
                refused("COPY --chown a b", "Missing a value on flag: chown", "2:6"),
                refused("COPY --from=a --from=b a b", "Duplicate flag specified: from", "2:15"),
                refused("COPY --chmod=755 --chmod=644 a b", "Duplicate flag specified: chmod", "2:18"),
                refused("ADD --from=x a b", "Unknown flag: from", "2:5"),
                refused("ENV --foo=1 a=b", "Unknown flag: foo", "2:5"),
                refused("LABEL --x a=b", "Unknown flag: x", "2:7"),
                refused("USER --foo root", "Unknown flag: foo", "2:6"),
                refused("WORKDIR --x=1 /app", "Unknown flag: x", "2:9"),
                refused("EXPOSE --x 80", "Unknown flag: x", "2:8"),
                refused("VOLUME --x /data", "Unknown flag: x", "2:8"),
                refused("CMD --x true", "Unknown flag: x", "2:5"),
                refused("ENTRYPOINT --x true", "Unknown flag: x", "2:12"),
                refused("RUN --x true", "Unknown flag: x", "2:5"),
                refused("SHELL --x [\"sh\"]", "Unknown flag: x", "2:7"),
                refused("MAINTAINER --x me", "Unknown flag: x", "2:12"),
                refused("ONBUILD --x RUN true", "Unknown flag: x", "2:9"),
                refusedFile("FROM --platform debian:bookworm-slim\n", "Missing a value on flag: platform", "1:6"),
                refusedFile("FROM --plat=linux/amd64 debian:bookworm-slim\n", "Unknown flag: plat", "1:6"),
                refusedFile("FROM --platform=linux/amd64 --platform=linux/amd64 debian:bookworm-slim\n",
                        "Duplicate flag specified: platform", "1:29"));
    }

    static List<Case> healthchecks() {
        return List.of(
                refused("HEALTHCHECK --interval=abc CMD true", "time: invalid duration \"abc\"", "2:13"),
                refused("HEALTHCHECK --timeout=5 CMD true", "time: missing unit in duration \"5\"", "2:13"),
                refused("HEALTHCHECK --start-period=3x CMD true", "time: unknown unit \"x\" in duration \"3x\"", "2:13"),
                refused("HEALTHCHECK --interval=1s --timeout=.s CMD true", "time: invalid duration \".s\"", "2:27"),
                refused("HEALTHCHECK --interval=-1s CMD true", "Interval \"interval\" cannot be less than 1ms", "2:13"),
                refused("HEALTHCHECK --timeout=500us CMD true", "Interval \"timeout\" cannot be less than 1ms", "2:13"),
                refused("HEALTHCHECK --retries=abc CMD true", "strconv.ParseInt: parsing \"abc\": invalid syntax", "2:13"),
                refused("HEALTHCHECK --retries=99999999999 CMD true",
                        "strconv.ParseInt: parsing \"99999999999\": value out of range", "2:13"),
                refused("HEALTHCHECK --retries=-1 CMD true", "--retries must be at least 1 (not -1)", "2:13"),
                refused("HEALTHCHECK --foo CMD true", "Unknown flag: foo", "2:13"),
                refused("HEALTHCHECK --interval CMD true", "Missing a value on flag: interval", "2:13"),
                refused("HEALTHCHECK --interval=1s --interval=2s CMD true", "Duplicate flag specified: interval", "2:27"));
    }

    static List<Case> mounts() {
        return List.of(
                refused("RUN --mount true", "Missing a value on flag: mount", "2:5"),
                refused("RUN --mount=type=foo true", "unsupported mount type \"foo\"", "2:5"),
                refused("RUN --mount=type=bind,oops true", "invalid field 'oops' must be a key=value pair", "2:5"),
                refused("RUN --mount=type=cache,colour=red true", "unexpected key 'colour' in 'colour=red'", "2:5"),
                refused("RUN --mount=type=secret true", "invalid secret mount. one of source, target required", "2:5"),
                refused("RUN --mount=type=secret,id=a,from=b true", "secret mount should not have a from", "2:5"),
                refused("RUN --mount=target=/x,mode=0755 true", "mode not allowed for \"bind\" type mounts", "2:5"),
                refused("RUN --mount=type=tmpfs,target=/t,sharing=shared true", "invalid cache sharing set for tmpfs mount", "2:5"),
                refused("RUN --mount=type=cache,target=/x,ro=maybe true", "invalid value for ro: maybe", "2:5"),
                refused("RUN --mount=type=cache,target=/x,uid=x true", "invalid value x for uid", "2:5"),
                refused("RUN --mount=target=/x,required true", "unexpected key 'required' for mount type 'bind'", "2:5"),
                refused("RUN --mount=a\\\"b true",
                        "failed to parse csv mounts: parse error on line 1, column 2: bare \" in non-quoted-field", "2:5"),
                refused("RUN --mount=\\\"type=cache true",
                        "failed to parse csv mounts: parse error on line 1, column 12: extraneous or missing \" in quoted-field",
                        "2:5"));
    }

    static List<Case> stages() {
        return List.of(
                refusedFile("FROM\n", "FROM requires either one or three arguments", "1:1"),
                refusedFile("FROM debian:bookworm-slim AS\n", "FROM requires either one or three arguments", "1:27"),
                refusedFile("FROM debian:bookworm-slim AS a b\n", "FROM requires either one or three arguments", "1:27"),
                refusedFile("FROM debian:bookworm-slim stage x\n", "FROM requires either one or three arguments", "1:27"),
                refusedFile("FROM debian:bookworm-slim AS 1st\n",
                        "invalid name for build stage: \"1st\", name can't start with a number or contain symbols", "1:30"),
                refusedFile("FROM debian:bookworm-slim AS a/b\n", "invalid name for build stage: \"a/b\"", "1:30"),
                refusedFile("RUN true\n", "no build stage in current context", "1:1"),
                refusedFile("ENV a=1\n" + FROM, "no build stage in current context", "1:1"),
                refusedFile("ARG V=1\nRUN true\n" + FROM, "no build stage in current context", "2:1"));
    }

    static List<Case> accepted() {
        return List.of(
                accepted("ENV k v w"), accepted("ARG X"), accepted("ARG --foo X"), accepted("HEALTHCHECK NONE"),
                accepted("HEALTHCHECK --interval=abc NONE"), accepted("CMD"), accepted("ENTRYPOINT"), accepted("RUN"),
                accepted("EXPOSE 80/udp"), accepted("EXPOSE abc"), accepted("USER nobody"), accepted("USER 1000:1000"),
                accepted("WORKDIR /a b"), accepted("STOPSIGNAL --foo SIGTERM"), accepted("STOPSIGNAL FOO"),
                accepted("MAINTAINER me <me@example.com>"), accepted("COPY a b"), accepted("COPY -- a b"),
                accepted("ADD a /b/"), accepted("COPY --chown=1:1 --chmod=755 a b"),
                accepted("COPY --from=debian:bookworm-slim /etc/hostname /h"),
                accepted("RUN --mount=type=cache,target=/x true"), accepted("RUN --mount=type=secret,id=x,required true"),
                accepted("VOLUME [\"/data\", \"/logs\"]"), accepted("VOLUME /data /logs"),
                accepted("SHELL [\"/bin/sh\", \"-c\"]"), accepted("LABEL a=1 b=\"2 3\""), accepted("ENV a=1 b=''"),
                accepted("HEALTHCHECK --interval=30s --timeout=3s --start-period=1m --retries=3 CMD true"),
                accepted("HEALTHCHECK --interval=1.5s --retries= CMD [\"true\"]"),
                accepted("ONBUILD RUN x"), accepted("ONBUILD FOO x"), accepted("ONBUILD COPY a"),
                accepted("ONBUILD HEALTHCHECK FOO"), accepted("CMD [\"a\", \"b\"]"),
                accepted("RUN echo a \\\n  && echo b"),
                acceptedFile("# escape=`\n" + FROM + "RUN echo a `\n  b\n"),
                acceptedFile("ARG X=linux/amd64\nFROM --platform=$X debian:bookworm-slim AS n\n"),
                acceptedFile("FROM debian:bookworm-slim AS Build-1.x_y\n"),
                acceptedFile("from debian:bookworm-slim as n\nrun true\n"),
                acceptedFile("FROM debian:bookworm-slim AS b\nFROM b\n"));
    }

    static List<Case> newer() {
        return List.of(
                newer("COPY --link a b", "Unknown flag: link", "2:6"),
                newer("COPY --link=false a b", "Unknown flag: link", "2:6"),
                newer("COPY --parents a b", "Unknown flag: parents", "2:6"),
                newer("COPY --exclude=*.tmp a b", "Unknown flag: exclude", "2:6"),
                newer("ADD --link a b", "Unknown flag: link", "2:5"),
                newer("ADD --exclude=*.tmp a /b/", "Unknown flag: exclude", "2:5"),
                newer("RUN --network=host true", "Unknown flag: network", "2:5"),
                newer("RUN --security=sandbox true", "Unknown flag: security", "2:5"),
                newer("RUN --device=/dev/null true", "Unknown flag: device", "2:5"),
                newer("HEALTHCHECK --start-interval=1s CMD true", "Unknown flag: start-interval", "2:13"),
                newer("HEALTHCHECK --retries=0 CMD true", "--retries must be at least 1 (not 0)", "2:13"),
                newer("HEALTHCHECK --interval=0s CMD true", "Interval \"interval\" cannot be less than 1ms", "2:13"),
                newer("RUN --mount=type=tmpfs,target=/t,size=64m true", "unexpected key 'size' in 'size=64m'", "2:5"));
    }
}
