package io.dockwright.dockerfile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** BuildKit's {@code Node.Dump()} of a parsed file: one {@code (keyword ["flags"] "arg"...)} line per instruction. */
public final class BuildkitDump {
    private BuildkitDump() {}

    /** The dump without a trailing newline, as BuildKit's {@code AST.Dump()} returns it. */
    public static String dump(Dockerfile file) {
        boolean singleByte = file instanceof ParsedDockerfile p && p.singleByteChars();
        StringBuilder out = new StringBuilder();
        for (Instruction instruction : file.instructions()) {
            if (out.length() > 0) out.append('\n');
            out.append('(').append(node(instruction, singleByte)).append(')');
        }
        return out.toString();
    }

    private static String node(Instruction instruction, boolean singleByte) {
        StringBuilder s = new StringBuilder(GoText.toLower(instruction.keywordText()));
        if (!instruction.flags().isEmpty()) {
            s.append(" [");
            for (int i = 0; i < instruction.flags().size(); i++) {
                if (i > 0) s.append(' ');
                s.append(quote(instruction.flags().get(i).raw(), singleByte));
            }
            s.append(']');
        }
        if (instruction.keyword() == Keyword.ONBUILD) {
            if (instruction.trigger() != null) s.append(" (").append(node(instruction.trigger(), singleByte)).append(')');
        } else if (instruction.keyword() == Keyword.UNKNOWN) {
            s.append(" \"\"");
        } else {
            for (Word arg : instruction.args()) s.append(' ').append(quote(arg.value(), singleByte));
        }
        return GoText.trimSpace(s.toString());
    }

    /** Go quoting of the bytes the value stands for (chars are bytes when the input was not UTF-8). */
    private static String quote(String value, boolean singleByte) {
        if (!singleByte) return GoText.quote(value);
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp <= 0xFF) out.write(cp);
            else out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        }
        return GoText.quote(out.toByteArray());
    }
}
