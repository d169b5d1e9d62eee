package io.dockwright.dockerfile.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RUN --mount values as BuildKit 0.8 reads them (the messages are BuildKit's). */
class RunMountTest {
    private static String refusal(String value) {
        return assertThrows(IllegalArgumentException.class, () -> RunMount.parse(value)).getMessage();
    }

    @Test
    void typeAndFrom() {
        assertEquals(new RunMount("bind", "builder", null), RunMount.parse("from=builder,source=/out,target=/in,ro"));
        assertEquals(new RunMount("cache", null, null), RunMount.parse("type=cache,target=/root/.cache"));
        assertEquals(new RunMount("cache", "deps", null), RunMount.parse("TYPE=Cache,FROM=deps,target=/x"));
        assertEquals(new RunMount("bind", "a,b", null), RunMount.parse("\"from=a,b\",target=/x"));
        assertNull(RunMount.parse("type=bind,from=,target=/x").from());
        assertEquals(new RunMount("secret", null, null), RunMount.parse("type=secret,id=npm,required"));
        assertEquals(new RunMount("cache", null, null), RunMount.parse("type=cache,target=/x,mode=0755,uid=0,sharing=locked"));
    }

    @Test
    void keysOnlyANewerBuildkitKnowsAreNamed() {
        assertEquals("size=64m", RunMount.parse("type=tmpfs,target=/t,size=64m").newerField());
        assertEquals("env=TOKEN", RunMount.parse("type=secret,id=t,env=TOKEN").newerField());
        assertEquals("unexpected key 'size' in 'size=1m'", refusal("type=cache,target=/x,size=1m"));
    }

    @Test
    void refusalsWithBuildkitsWords() {
        assertEquals("'from' doesn't support variable expansion, define alias stage instead", refusal("from=$STAGE"));
        assertEquals("secret mount should not have a from", refusal("type=secret,id=x,from=y"));
        assertEquals("invalid field 'oops' must be a key=value pair", refusal("type=bind,oops"));
        assertEquals("unsupported mount type \"volume\"", refusal("type=volume"));
        assertEquals("unexpected key 'required' for mount type 'bind'", refusal("required"));
        assertEquals("invalid value for ro: maybe", refusal("ro=maybe"));
        assertEquals("invalid value 9 for mode", refusal("type=cache,mode=9"));
        assertEquals("mode not allowed for \"bind\" type mounts", refusal("mode=0755,target=/x"));
        assertEquals("invalid cache sharing set for tmpfs mount", refusal("type=tmpfs,sharing=shared"));
        assertEquals("unsupported sharing value \"all\"", refusal("type=cache,sharing=all"));
        assertEquals("invalid secret mount. one of source, target required", refusal("type=secret"));
        assertEquals("both source and id can't be set", refusal("type=secret,id=a,source=b"));
        assertEquals("unexpected key 'colour' in 'Colour=red'", refusal("Colour=red"));
    }

    @Test
    void csvAsGoReadsIt() {
        assertEquals(List.of("a", "", "b\"c"), MountCsv.fields("a,,\"b\"\"c\""));
        assertEquals("failed to parse csv mounts: EOF", refusal(""));
        assertEquals("failed to parse csv mounts: parse error on line 1, column 2: bare \" in non-quoted-field", refusal("a\"b=1"));
        assertEquals("failed to parse csv mounts: parse error on line 1, column 8: extraneous or missing \" in quoted-field",
                refusal("\"from=x\"y"));
        assertEquals("failed to parse csv mounts: parse error on line 1, column 8: extraneous or missing \" in quoted-field",
                refusal("\"from=x"));
    }
}
