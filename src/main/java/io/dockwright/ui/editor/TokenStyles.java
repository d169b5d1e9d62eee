package io.dockwright.ui.editor;

import io.dockwright.dockerfile.Severity;
import io.dockwright.dockerfile.TokenKind;
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

    static {
        for (TokenKind k : TokenKind.values()) {
            TOKEN.put(k, "tk-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
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
        if (kind == null && severity == null) return List.of();
        if (severity == null) return List.of(of(kind));
        if (kind == null) return List.of(of(severity));
        return List.of(of(kind), of(severity));
    }
}
