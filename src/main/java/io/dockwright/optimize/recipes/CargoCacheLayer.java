package io.dockwright.optimize.recipes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Keyword;
import io.dockwright.dockerfile.Word;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.LineRange;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dependency-cache layer for {@code cargo build} after {@code COPY . .}: Cargo.toml and Cargo.lock (with path
 * dependencies, {@code .cargo/} and {@code vendor/}) are copied first and the dependencies built against a placeholder
 * {@code src/main.rs}; the placeholder's outputs and fingerprints are removed so the real sources, copied next, are
 * compiled (COPY keeps the files' older times, which cargo would otherwise take for up to date). Only for one package
 * with the default layout: a workspace, a build script or declared targets ({@code [[bin]]}, {@code [lib]}...) get the
 * reason instead.
 */
final class CargoCacheLayer {
    static final String ID = "cargo-cache";
    private static final Pattern TARGET_TABLE = Pattern.compile("(?m)^\\s*\\[\\[?(bin|lib|example|bench|test)]]?\\s*$");
    private static final Pattern PATH_DEP = Pattern.compile("\\bpath\\s*=\\s*\"([^\"]+)\"");

    /** The insert before {@code COPY . .} and its change, or why there is none. */
    record Layer(Recipe.Insert insert, Change change, String reason) {}

    private CargoCacheLayer() {}

    static Layer of(StageFacts f, StageFacts.Found build, String name, String profileDir, String nl) {
        ShellCommand c = build.command();
        if (!c.verb().equals("build")) return no("cargo install builds from the registry or a path, not from the copied manifests");
        Optional<Instruction> copyAll = copyAllBefore(f, build.run(), c.cwd());
        if (copyAll.isEmpty()) return no("no COPY of the whole context into " + c.cwd() + " comes before the build");
        Optional<String> toml = f.context.read("Cargo.toml");
        if (toml.isEmpty()) return no("the build context has no Cargo.toml");
        if (toml.get().contains("[workspace]")) return no("Cargo.toml is a workspace, whose members this layer does not lay out");
        Matcher t = TARGET_TABLE.matcher(toml.get());
        if (t.find()) return no("Cargo.toml declares its own [" + t.group(1) + "] targets");
        if (f.context.has("build.rs") || toml.get().matches("(?s).*\\bbuild\\s*=.*")) return no("the package has a build script");
        if (!f.context.exists("src/main.rs")) return no("the package has no src/main.rs");
        List<String> copies = new ArrayList<>(List.of(f.context.has("Cargo.lock") ? "Cargo.toml Cargo.lock ./" : "Cargo.toml ./"));
        Matcher p = PATH_DEP.matcher(toml.get());
        while (p.find()) {
            String dir = p.group(1).replaceAll("/+$", "");
            if (dir.startsWith("/") || dir.contains("..") || !f.context.exists(dir)) return no("the path dependency " + dir + " is outside the context");
            copies.add(dir + " " + dir);
        }
        if (f.context.has(".cargo")) copies.add(".cargo .cargo");
        if (f.context.has("vendor")) copies.add("vendor vendor");
        String crate = name.replace('-', '_');
        String lib = f.context.exists("src/lib.rs") ? " && touch src/lib.rs" : "";
        StringBuilder text = new StringBuilder("# Dockwright: build the dependencies alone first (against a placeholder main.rs), so that a"
                + " change to the sources does not rebuild them" + nl);
        for (String copy : copies) text.append("COPY ").append(copy).append(nl);
        text.append("RUN mkdir -p src && echo 'fn main() {}' > src/main.rs").append(lib).append(" && ").append(c.shellText()).append(" \\").append(nl)
                .append("    && rm -rf src ").append(profileDir).append("/.fingerprint/").append(name).append("-* ")
                .append(profileDir).append("/deps/").append(crate).append("-* ").append(profileDir).append("/deps/lib").append(crate).append("-* ")
                .append(profileDir).append("/").append(name).append(nl);
        LineRange at = f.source.lines(copyAll.get());
        Change change = new Change(ID, ChangeKind.CACHE, "Dependencies built in their own layer before the sources are copied",
                "Line " + at.first() + " copies the whole context before cargo builds, so any change to a source file rebuilds every"
                        + " dependency. The manifests (" + String.join(", ", copies.stream().map(s -> s.split(" ")[0]).toList())
                        + ") are copied first and the dependencies built against a placeholder main.rs, whose outputs are removed before"
                        + " the real sources are compiled.",
                List.of(at), "A source change rebuilds only the package itself; the dependency layer stays cached.");
        return new Layer(new Recipe.Insert(f.source.blockStart(copyAll.get()), text.toString()), change, null);
    }

    private static Layer no(String reason) {
        return new Layer(null, null, reason);
    }

    /** The last COPY/ADD of the whole context ({@code .}) into {@code dir} before {@code run}. */
    private static Optional<Instruction> copyAllBefore(StageFacts f, Instruction run, String dir) {
        Instruction found = null;
        for (Instruction i : f.instructions.subList(0, f.instructions.indexOf(run))) {
            if ((i.keyword() != Keyword.COPY && i.keyword() != Keyword.ADD) || i.args().size() != 2 || i.flag("from").isPresent()) continue;
            List<Word> a = i.args();
            boolean all = a.get(0).value().equals(".") || a.get(0).value().equals("./");
            if (all && StageFacts.resolve(f.workdirAt(i), a.get(1).value()).equals(dir)) found = i;
        }
        return Optional.ofNullable(found);
    }
}
