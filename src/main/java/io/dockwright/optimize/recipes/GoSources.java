package io.dockwright.optimize.recipes;

import io.dockwright.optimize.ProjectContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the context's Go sources reveal (bounded scan, vendor included): cgo ({@code import "C"}, a cgo module in
 * go.mod, C++ sources) and the relative paths the program opens at run time ({@code http.Dir("static")},
 * {@code template.ParseGlob("templates/*")}, {@code os.ReadFile("config.json")}...).
 */
public final class GoSources {
    private static final Pattern IMPORT_C = Pattern.compile("(?m)^\\s*import\\s+\"C\"|(?s)\\bimport\\s*\\([^)]*\"C\"[^)]*\\)");
    private static final Pattern CPP_LINK = Pattern.compile("#cgo\\s+[^\\n]*LDFLAGS:[^\\n]*-lstdc\\+\\+");
    private static final Pattern OPENS = Pattern.compile(
            "\\b(?:http\\.Dir|os\\.Open|os\\.ReadFile|ioutil\\.ReadFile|os\\.ReadDir|template\\.ParseFiles|template\\.ParseGlob"
            + "|template\\.Must\\(template\\.ParseGlob|\\.ParseFiles|\\.ParseGlob|os\\.DirFS)\\s*\\(\\s*\"([^\"]+)\"");

    /**
     * @param cgo         true when the program needs cgo
     * @param cgoWhy      what shows it ({@code import "C" in db.go}), or null
     * @param cplusplus   true when C++ is linked (libstdc++ needed at run time)
     * @param runtimeFiles relative paths the sources open (first path element, as in the context)
     */
    public record Facts(boolean cgo, String cgoWhy, boolean cplusplus, List<String> runtimeFiles) {}

    private GoSources() {}

    public static Facts scan(ProjectContext ctx, List<String> cgoModules) {
        String why = null;
        boolean cpp = false;
        Set<String> files = new LinkedHashSet<>();
        ProjectContext.Sources go = ctx.sources(Set.of(".go"), Set.of("testdata", "node_modules"), 4000, 1_000_000, 48L * 1024 * 1024);
        for (ProjectContext.SourceFile f : go.files()) {
            if (f.path().endsWith("_test.go")) continue;
            if (why == null && IMPORT_C.matcher(f.text()).find()) why = "import \"C\" in " + f.path();
            cpp |= CPP_LINK.matcher(f.text()).find();
            if (f.path().startsWith("vendor/")) continue;
            Matcher m = OPENS.matcher(f.text());
            while (m.find()) {
                String p = m.group(1);
                if (p.startsWith("/") || p.contains("..") || p.isBlank()) continue;
                String first = p.replaceAll("^\\./", "").split("/")[0];
                if (!first.isEmpty() && !first.contains("*") && ctx.exists(first)) files.add(first);
            }
        }
        String goMod = ctx.read("go.mod").orElse("");
        for (String module : cgoModules) {
            if (why == null && Pattern.compile("(?m)^\\s*(require\\s+)?" + Pattern.quote(module) + "\\s+v").matcher(goMod).find()) {
                why = "go.mod requires " + module + ", which needs cgo";
            }
        }
        if (!cpp) {
            ProjectContext.Sources cc = ctx.sources(Set.of(".cpp", ".cc", ".cxx"), Set.of("testdata", "node_modules"), 1, 1_000_000, 1_000_000);
            cpp = why != null && !cc.files().isEmpty();
        }
        return new Facts(why != null, why, cpp && why != null, List.copyOf(files));
    }
}
