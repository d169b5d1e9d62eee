package io.dockwright.ui.editor;

import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.TokenKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Style classes of the editor: one per {@link TokenKind} ({@code tk-keyword}, {@code tk-flag}, ...) and one
 * per diagnostic severity ({@code diag-error}, ...). The stylesheet colours them for both palettes.
 */
public final class TokenStyles {
    private static final Map<TokenKind, String> TOKEN = new EnumMap<>(TokenKind.class);
    /** Every combination once, so highlightings share list instances and compare by identity. */
    private static final List<List<String>> COMBINED = new ArrayList<>();

    static {
        for (TokenKind k : TokenKind.values()) {
            TOKEN.put(k, "tk-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        for (int k = 0; k <= TokenKind.values().length; k++) {
            for (int s = 0; s <= Severity.values().length; s++) {
                TokenKind kind = k < TokenKind.values().length ? TokenKind.values()[k] : null;
                Severity sev = s < Severity.values().length ? Severity.values()[s] : null;
                COMBINED.add(combine(kind, sev));
            }
        }
    }

    private TokenStyles() {}

    public static String of(TokenKind kind) {
        return TOKEN.get(kind);
    }

    public static String of(Severity severity) {
        return "diag-" + severity.name().toLowerCase(Locale.ROOT);
    }

    /** The classes of a run: the token's, then the diagnostic's if any. */
    static List<String> classes(TokenKind kind, Severity severity) {
        int k = kind == null ? TokenKind.values().length : kind.ordinal();
        int s = severity == null ? Severity.values().length : severity.ordinal();
        return COMBINED.get(k * (Severity.values().length + 1) + s);
    }

    private static List<String> combine(TokenKind kind, Severity severity) {
        if (kind == null && severity == null) return List.of();
        if (severity == null) return List.of(of(kind));
        if (kind == null) return List.of(of(severity));
        return List.of(of(kind), of(severity));
    }
}
