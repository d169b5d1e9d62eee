package io.dockwright.dockerfile.instructions;

import io.dockwright.dockerfile.GoText;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code RUN --mount=...} value as BuildKit 0.8's {@code parseMount} reads it: CSV fields of {@code key=value}
 * (keys case-insensitive, the type {@code bind} unless given), checked key by key and then as a whole.
 *
 * @param type       the mount type, lowercase
 * @param from       the {@code from} stage or image, or null
 * @param newerField a field only a newer BuildKit knows ({@code size=} on tmpfs, {@code env=}), or null
 */
public record RunMount(String type, String from, String newerField) {
    private static final Set<String> TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");
    private static final Set<String> SHARING = Set.of("shared", "private", "locked");
    private static final Set<String> FILE_INFO_TYPES = Set.of("secret", "ssh", "cache");

    /** @throws IllegalArgumentException with BuildKit's message when the engine refuses the value */
    public static RunMount parse(String value) {
        Reader r = new Reader();
        for (String field : MountCsv.fields(value)) r.read(field);
        r.validate();
        return new RunMount(r.type, r.from.isEmpty() ? null : r.from, r.newerField);
    }

    /** The fields read so far. */
    private static final class Reader {
        String type = "bind";
        String from = "";
        String source = "";
        String target = "";
        String id = "";
        String sharing = "";
        String newerField;
        final Set<String> numbers = new HashSet<>();

        void read(String field) {
            int eq = field.indexOf('=');
            String key = lower(eq < 0 ? field : field.substring(0, eq));
            if (eq < 0) {
                bare(key, field);
                return;
            }
            String v = field.substring(eq + 1);
            switch (key) {
                case "type" -> type = oneOf(TYPES, v, "unsupported mount type ");
                case "from" -> from = stage(v);
                case "source", "src" -> source = v;
                case "target", "dst", "destination" -> target = v;
                case "readonly", "ro", "readwrite", "rw" -> bool(key, v);
                case "required" -> {
                    secretOrSsh(key);
                    bool(key, v);
                }
                case "id" -> id = v;
                case "sharing" -> sharing = oneOf(SHARING, v, "unsupported sharing value ");
                case "mode", "uid", "gid" -> number(key, v);
                case "size", "env" -> newer(key, field);
                default -> throw fail("unexpected key '" + key + "' in '" + field + "'");
            }
        }

        private void bare(String key, String field) {
            switch (key) {
                case "readonly", "ro", "readwrite", "rw" -> { }
                case "required" -> secretOrSsh(key);
                default -> throw fail("invalid field '" + field + "' must be a key=value pair");
            }
        }

        private void secretOrSsh(String key) {
            if (!type.equals("secret") && !type.equals("ssh")) {
                throw fail("unexpected key '" + key + "' for mount type '" + type + "'");
            }
        }

        private static String oneOf(Set<String> allowed, String v, String message) {
            if (!allowed.contains(lower(v))) throw fail(message + GoText.quote(v));
            return lower(v);
        }

        /** BuildKit after 0.8 refuses a variable in {@code from} when it reads the file (0.8 only at the step). */
        private static String stage(String v) {
            int dollar = v.indexOf('$');
            if (dollar >= 0 && dollar != v.length() - 1) {
                throw fail("'from' doesn't support variable expansion, define alias stage instead");
            }
            return v;
        }

        private static void bool(String key, String v) {
            if (GoNumbers.parseBool(v) == null) throw fail("invalid value for " + key + ": " + v);
        }

        private void number(String key, String v) {
            if (!GoNumbers.isUint32(v, key.equals("mode") ? 8 : 10)) throw fail("invalid value " + v + " for " + key);
            numbers.add(key);
        }

        private void newer(String key, String field) {
            if (key.equals("size") && !type.equals("tmpfs")) throw fail("unexpected key '" + key + "' in '" + field + "'");
            if (newerField == null) newerField = field;
        }

        /** The checks of the whole mount, in BuildKit 0.8's order. */
        void validate() {
            for (String key : List.of("mode", "uid", "gid")) {
                if (numbers.contains(key) && !FILE_INFO_TYPES.contains(type)) {
                    throw fail(key + " not allowed for " + GoText.quote(type) + " type mounts");
                }
            }
            if (!sharing.isEmpty() && !type.equals("cache")) throw fail("invalid cache sharing set for " + type + " mount");
            if (!type.equals("secret")) return;
            if (!from.isEmpty()) throw fail("secret mount should not have a from");
            if (source.isEmpty() && target.isEmpty() && id.isEmpty()) {
                throw fail("invalid secret mount. one of source, target required");
            }
            if (!source.isEmpty() && !id.isEmpty()) throw fail("both source and id can't be set");
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException fail(String message) {
        return new IllegalArgumentException(message);
    }
}
