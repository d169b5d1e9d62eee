package io.dockwright.lint;

import static io.dockwright.lint.LintTestSupport.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule: a bad case fires once with its id and the offending word's span; a good case does not fire. */
class RulesTest {
    /** {@code expected} is {@code line:col[span text]}. */
    record Case(String id, String bad, String expected, String good) {
        @Override public String toString() { return id; }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("DL3006", "FROM ubuntu\nCMD [\"x\"]\n", "1:6[ubuntu]",
                        "FROM ubuntu:24.04 AS base\nFROM base\nFROM scratch\nARG B=x\nFROM $B\nFROM alpine@sha256:"
                                + "a".repeat(64) + "\n"),
                new Case("DL3007", "FROM node:latest AS b\n", "1:6[node:latest]", "FROM node:22\n"),
                new Case("StageNameCasing", "FROM alpine:3 AS Builder\n", "1:18[Builder]", "FROM alpine:3 AS builder\n"),
                new Case("FromAsCasing", "FROM alpine:3 as b\n", "1:15[as]", "from alpine:3 as b\nFROM alpine:3 AS c\n"),
                new Case("ReservedStageName", "FROM alpine:3 AS context\n", "1:18[context]", "FROM alpine:3 AS ctx\n"),
                new Case("RedundantTargetPlatform", "FROM --platform=$TARGETPLATFORM alpine:3\n",
                        "1:6[--platform=$TARGETPLATFORM]", "FROM --platform=$BUILDPLATFORM alpine:3\n"),
                new Case("DL3003", "FROM a:1\nRUN cd /src && make\n", "2:5[cd]", "FROM a:1\nWORKDIR /src\nRUN make\n"),
                new Case("DL3004", "FROM a:1\nRUN make && sudo make install\n", "2:13[sudo]",
                        "FROM a:1\nRUN echo sudo\n"),
                new Case("DL3027", "FROM a:1\nRUN apt install -y curl\n", "2:5[apt]",
                        "FROM a:1\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"),
                new Case("DL3059", "FROM a:1\nRUN a\nRUN b\n", "3:1[RUN]",
                        "FROM a:1\nRUN a\nRUN --mount=type=cache,target=/c b\nCOPY x y\nRUN c\n"),
                new Case("DL4006", "FROM a:1\nRUN curl -s x | sh\n", "2:15[|]",
                        "FROM a:1\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -s x | sh\n"
                                + "FROM b:1\nRUN set -o pipefail && a | b || c\n"),
                new Case("DL3014", "FROM a:1\nRUN apt-get install --no-install-recommends curl && rm -rf "
                        + "/var/lib/apt/lists/*\n", "2:5[apt-get install]",
                        "FROM a:1\nRUN apt-get -qy install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"),
                new Case("DL3015", "FROM a:1\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
                        "2:5[apt-get install]",
                        "FROM a:1\nRUN apt-get install -y -o APT::Install-Recommends=false curl && "
                                + "rm -rf /var/lib/apt/lists/*\n"),
                new Case("DL3009", "FROM a:1\nRUN apt-get update && apt-get install -y --no-install-recommends c\n",
                        "2:23[apt-get install]",
                        "FROM a:1 AS build\nRUN apt-get update && apt-get install -y --no-install-recommends c\n"
                                + "FROM a:1\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get install -y "
                                + "--no-install-recommends c\n"),
                new Case("DL3019", "FROM a:1\nRUN apk add curl\n", "2:5[apk add]", "FROM a:1\nRUN apk add --no-cache curl\n"),
                new Case("DL3030", "FROM a:1\nRUN yum install httpd && yum clean all\n", "2:5[yum install]",
                        "FROM a:1\nRUN yum install -y httpd\n"),
                new Case("DL3038", "FROM a:1\nRUN dnf install httpd\n", "2:5[dnf install]",
                        "FROM a:1\nRUN dnf --assumeyes install httpd\n"),
                new Case("DL3032", "FROM a:1\nRUN yum install -y httpd\n", "2:5[yum install]",
                        "FROM a:1\nRUN yum install -y httpd && yum clean all\nRUN yum install -y x && rm -rf /var/cache/yum/*\n"),
                new Case("DL3040", "FROM a:1\nRUN dnf install -y httpd\n", "2:5[dnf install]",
                        "FROM a:1 AS b\nRUN dnf install -y httpd\nFROM a:1\nRUN dnf install -y x && dnf clean all\n"),
                new Case("DL3060", "FROM a:1\nRUN yarn install --frozen-lockfile\n", "2:5[yarn install]",
                        "FROM a:1\nRUN yarn install && yarn cache clean\n"),
                new Case("DL3001", "FROM a:1\nRUN apt-get update && service nginx start\n", "2:23[service]",
                        "FROM a:1\nRUN echo service\n"),
                new Case("DL4001", "FROM a:1\nRUN wget -q x\nRUN curl -fsS y\n", "3:5[curl]",
                        "FROM a:1 AS a\nRUN wget -q x\nFROM a:1\nRUN curl -fsS y\n"),
                new Case("DL3042", "FROM a:1\nRUN python3 -m pip install flask\n", "2:5[python3 -m pip install]",
                        "FROM a:1 AS build\nRUN pip install flask\nFROM b:1\nRUN pip install --no-cache-dir flask\n"
                                + "FROM b:1\nENV PIP_NO_CACHE_DIR=1\nRUN pip3 install flask\n"),
                new Case("DL4003", "FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]\n", "2:1[CMD]",
                        "FROM a:1 AS x\nCMD [\"a\"]\nFROM a:1\nCMD [\"b\"]\n"),
                new Case("DL4004", "FROM a:1\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n", "2:1[ENTRYPOINT]",
                        "FROM a:1\nENTRYPOINT [\"a\"]\nCMD [\"b\"]\n"),
                new Case("DL3012", "FROM a:1\nHEALTHCHECK NONE\nHEALTHCHECK CMD [\"x\"]\n", "2:1[HEALTHCHECK]",
                        "FROM a:1\nHEALTHCHECK CMD [\"x\"]\n"),
                new Case("DL3002", "FROM a:1 AS base\nUSER app\nUSER root:root\nFROM base\nRUN x\n", "3:6[root:root]",
                        "FROM a:1 AS b\nUSER 0\nFROM a:1\nUSER root\nUSER 1000\nFROM a:1 AS c\nUSER app\nFROM c\n"),
                new Case("WorkdirRelativePath", "FROM a:1\nWORKDIR app\n", "2:9[app]",
                        "FROM a:1 AS b\nWORKDIR /src\nWORKDIR app\nFROM b\nWORKDIR more\nFROM c:1\nWORKDIR $HOME\n"),
                new Case("DL4000", "FROM a:1\nMAINTAINER me\n", "2:1[MAINTAINER]",
                        "FROM a:1\nLABEL org.opencontainers.image.authors=me\n"),
                new Case("DL3025", "FROM a:1\nCMD python app.py\n", "2:5[python app.py]",
                        "FROM a:1\nCMD [\"python\", \"app.py\"]\nENTRYPOINT ['broken']\n"),
                new Case("ConsistentInstructionCasing", "FROM a:1\nrun x\nCOPY a b\n", "2:1[run]",
                        "from a:1\nrun x\ncopy a b\n"),
                new Case("LegacyKeyValueFormat", "FROM a:1\nENV PATH /opt/bin\n", "2:5[PATH]",
                        "FROM a:1\nENV PATH=/opt/bin\nLABEL a=b\nENV ALONE\n"),
                new Case("SecretsUsedInArgOrEnv", "FROM a:1\nARG GITHUB_TOKEN\n", "2:5[GITHUB_TOKEN]",
                        "FROM a:1\nARG PUBLIC_KEY\nENV TOKENIZER=x\n"),
                new Case("ExposeProtoCasing", "FROM a:1\nEXPOSE 80/TCP\n", "2:8[80/TCP]", "FROM a:1\nEXPOSE 80/tcp 53/udp\n"),
                new Case("ExposeInvalidFormat", "FROM a:1\nEXPOSE 8080:80\n", "2:8[8080:80]", "FROM a:1\nEXPOSE 8080\n"),
                new Case("DL3011", "FROM a:1\nEXPOSE 80 70000/tcp\n", "2:11[70000/tcp]", "FROM a:1\nEXPOSE 0-65535\n"),
                new Case("DL3020", "FROM a:1\nADD app.py /app/\n", "2:1[ADD]",
                        "FROM a:1\nADD https://e.org/x.sh /x\nADD rootfs.tar.gz /\nADD $SRC /\n"),
                new Case("DL3021", "FROM a:1\nCOPY a b /dest\n", "2:10[/dest]",
                        "FROM a:1\nCOPY a b /dest/\nCOPY a /dest\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badCaseFiresWithTheOffendingWord(Case c) {
        assertEquals(List.of(c.id() + "@" + c.expected()), render(c.bad(), c.id()), c.bad());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void goodCaseIsQuiet(Case c) {
        assertEquals(List.of(), render(c.good(), c.id()), c.good());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRuleHasACase(Case c) {
        assertTrue(Linter.standard().rule(c.id()).isPresent(), c.id());
    }

    @org.junit.jupiter.api.Test
    void everyStandardRuleIsCovered() {
        List<String> covered = cases().map(Case::id).toList();
        for (Rule r : Linter.standard().rules()) assertTrue(covered.contains(r.id()), "no case for " + r.id());
    }
}
