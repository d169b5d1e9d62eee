package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.dockerfile.Word;
import io.dockwright.optimize.Change;
import io.dockwright.optimize.ChangeKind;
import io.dockwright.optimize.Pass;
import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.TextEdits;
import io.dockwright.optimize.commands.ShellCommand;
import io.dockwright.optimize.recipes.PythonImports;
import io.dockwright.optimize.recipes.StageFacts;
import java.util.List;
import java.util.Set;

/**
 * An interpreted app with no build step on a full image: when it needs nothing the slim variant lacks (a Python app
 * that imports only the standard library and its own modules, starts no programs and whose RUNs only make files and
 * users), the base alone is swapped for the table's slim image ({@code python:3} -> {@code python:3-slim}).
 */
final class SlimBaseSwap {
    public static final String ID = "slim-base";
    private static final Set<String> FILE_TOOLS = Set.of("mkdir", "ln", "touch", "chmod", "chown", "cp", "mv", "rm", "echo",
            "true", "useradd", "groupadd", "adduser", "addgroup", "usermod");

    /** The swap, or why not. */
    record Result(Pass.Output output, String reason) {}

    private SlimBaseSwap() {}

    static Result of(StageFacts f, RuntimeBaseTable.Mapping mapping) {
        String why = whyNot(f, mapping);
        if (why != null) return new Result(null, why);
        PythonImports.Found found = PythonImports.scan(f.context);
        why = importsWhyNot(found);
        if (why != null) return new Result(null, why);
        return new Result(swap(f, mapping, found), null);
    }

    private static String whyNot(StageFacts f, RuntimeBaseTable.Mapping mapping) {
        if (mapping.runtime() == null) return mapping.noRuntime() ? mapping.none() : "the base is already a runtime image";
        List<String> entry = f.entryWords();
        if (entry.isEmpty() || !entry.get(0).matches("(.*/)?python[0-9.]*")) return "the CMD does not run python";
        Instruction from = f.instructions.get(0);
        if (from.args().get(0).value().contains("$")) {
            return "the base is a build argument; pass the slim image (" + mapping.runtime() + ") as its value to save the same";
        }
        if (!f.context.present()) return "without the build context the app's imports cannot be checked";
        for (StageFacts.Found c : f.commands()) {
            ShellCommand cmd = c.command();
            if (!FILE_TOOLS.contains(cmd.tool())) {
                return "line " + f.source.firstLine(c.run()) + " runs " + cmd.tool() + ", which may need the full image";
            }
        }
        return null;
    }

    private static String importsWhyNot(PythonImports.Found found) {
        if (found.truncated()) return "the app has more Python files than the import scan reads (" + found.filesRead() + ")";
        if (!found.thirdParty().isEmpty()) {
            PythonImports.Use u = found.thirdParty().get(0);
            return "the app imports " + u.what() + " (" + u.file() + "), which is not in the standard library and is not installed by the file";
        }
        if (found.external() != null) {
            return "the app uses " + found.external().what() + " (" + found.external().file()
                    + "): programs or native libraries it starts may be missing from the slim image";
        }
        return null;
    }

    private static Pass.Output swap(StageFacts f, RuntimeBaseTable.Mapping mapping, PythonImports.Found found) {
        Instruction from = f.instructions.get(0);
        Word image = from.args().get(0);
        String text = new TextEdits().replace(image.span().start(), image.span().end(), mapping.runtime()).apply(f.source.text);
        Change change = new Change(ID, ChangeKind.RUNTIME_BASE, "Base " + image.value() + " swapped for " + mapping.runtime(),
                "There is no build step to split off, and the app needs nothing the slim image lacks: its " + found.filesRead()
                        + " Python files import only the standard library and their own modules, start no programs, and the RUNs"
                        + " only make files and users. The runtime base table maps '" + mapping.rule() + "' to '" + mapping.runtime()
                        + "'" + (mapping.why() == null ? "." : ": " + mapping.why() + "."),
                List.of(f.source.lines(from)), "The image drops the compilers, headers and tools of the full image.");
        return new Pass.Output(text, List.of(change), List.of(), List.of(new Pass.Fate(f.source.firstLine(from),
                "base swapped for " + mapping.runtime(), ID)));
    }
}
