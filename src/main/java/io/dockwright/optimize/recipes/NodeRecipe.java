package io.dockwright.optimize.recipes;

import io.dockwright.optimize.Source;
import io.dockwright.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Node: install and build in the builder, prune to production dependencies, copy the output and node_modules. */
public final class NodeRecipe implements Recipe {
    private static final String INSTALL = "\\b(npm\\s+(ci|install|i)\\b|yarn(\\s+install)?\\b|pnpm\\s+(install|i)\\b)";
    private static final String BUILD = "\\b(npm\\s+run(-script)?\\s+\\S+|yarn\\s+(run\\s+)?build\\b|pnpm\\s+(run\\s+)?build\\b)";
    private static final Pattern OUTPUT_DIR = Pattern.compile("^(?:\\./)?(dist|build|out|lib|\\.next)/");
    private static final Pattern NODE_MAJOR = Pattern.compile("^node:(\\d+)");

    @Override
    public String stack() { return "Node"; }

    @Override
    public boolean detects(StageFacts f) {
        return f.run(INSTALL).isPresent();
    }

    @Override
    public Result plan(StageFacts f, String nl) {
        Instruction install = f.run(INSTALL).orElseThrow();
        String cmd = Source.command(install);
        String manager = cmd.contains("pnpm") ? "pnpm" : cmd.matches("(?s).*\\byarn\\b.*") ? "yarn" : "npm";
        String prune = switch (manager) {
            case "pnpm" -> "pnpm prune --prod";
            case "yarn" -> "yarn install --production --ignore-scripts --prefer-offline";
            default -> oldNpm(f.base) ? "npm prune --production" : "npm prune --omit=dev";
        };
        String append = "# Dockwright: keep production dependencies only; the runtime stage copies node_modules" + nl
                + "RUN " + prune + nl;
        List<Artifact> artifacts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String wd = f.finalWorkdir();
        if (wd.equals("/")) return Result.no("the Node app has no WORKDIR, so its files cannot be told apart from the system's");
        Optional<Instruction> build = f.run(BUILD);
        List<String> entry = f.entryWords();
        Matcher out = entry.size() >= 2 && entry.get(0).equals("node") ? OUTPUT_DIR.matcher(entry.get(1)) : null;
        if (build.isPresent() && out != null && out.find()) {
            String dir = StageFacts.resolve(wd, out.group(1));
            artifacts.add(new Artifact(StageFacts.resolve(wd, "package.json"), "package.json (module type, name, version)"));
            artifacts.add(new Artifact(StageFacts.resolve(wd, "node_modules"), "production dependencies"));
            artifacts.add(new Artifact(dir, "the build output the CMD runs"));
            warnings.add("Only package.json, node_modules and " + out.group(1) + "/ are copied; if the app reads other files at run time, copy them too.");
        } else {
            artifacts.add(new Artifact(wd, "the application folder with production node_modules"));
        }
        String reason = "dependencies are installed with " + manager + (build.isPresent() ? " and the build script runs" : "")
                + " in the builder; dev dependencies are pruned (" + prune + ") before the runtime stage copies the result";
        return Result.of(new Plan(stack(), "", append, "", artifacts, null, reason, warnings));
    }

    private static boolean oldNpm(String base) {
        Matcher m = NODE_MAJOR.matcher(base == null ? "" : base);
        return m.find() && Integer.parseInt(m.group(1)) < 16;
    }
}
