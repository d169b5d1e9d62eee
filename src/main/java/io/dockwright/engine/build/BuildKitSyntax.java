package io.dockwright.engine.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds syntax only BuildKit understands (the classic builder rejects or misreads it). */
public final class BuildKitSyntax {
    private static final Pattern HEREDOC = Pattern.compile("<<-?(['\"]?)[A-Za-z_][A-Za-z0-9_]*\\1");
    private static final Pattern CHMOD_VAR = Pattern.compile("--chmod=\\S*\\$");

    private BuildKitSyntax() {}

    /** Reasons, each naming the line ("line 4: RUN --mount"); empty when the classic builder can build it. */
    public static List<String> reasons(String dockerfile) {
        List<String> reasons = new ArrayList<>();
        for (DockerfileOutline.Entry e : DockerfileOutline.of(dockerfile).entries()) {
            String k = e.keyword();
            String a = e.arguments();
            if ((k.equals("RUN") || k.equals("COPY") || k.equals("ADD")) && hasHeredoc(a)) {
                reasons.add("line " + e.line() + ": " + k + " with a heredoc");
            }
            if (k.equals("RUN") && (a.contains("--mount") || a.contains("--network=") || a.contains("--security="))) {
                reasons.add("line " + e.line() + ": RUN --mount/--network/--security");
            }
            if ((k.equals("COPY") || k.equals("ADD")) && (a.contains("--link") || a.contains("--parents") || a.contains("--exclude"))) {
                reasons.add("line " + e.line() + ": " + k + " --link/--parents/--exclude");
            }
            if ((k.equals("COPY") || k.equals("ADD")) && CHMOD_VAR.matcher(a).find()) {
                reasons.add("line " + e.line() + ": " + k + " --chmod with a variable");
            }
        }
        return reasons;
    }

    /** A {@code <<WORD} outside quotes (a quoted {@code '<<x'} is plain text). */
    static boolean hasHeredoc(String args) {
        char quote = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '<' && HEREDOC.matcher(args).region(i, args.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
