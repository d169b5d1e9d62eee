package io.dockwright.optimize.recipes;

import com.fasterxml.jackson.databind.JsonNode;
import io.dockwright.lint.ShellScript;
import io.dockwright.optimize.commands.Paths;
import java.util.List;
import java.util.Optional;

/**
 * A CMD/ENTRYPOINT that runs the app in development mode (a watcher that rebuilds or restarts on changes, a toolchain
 * that compiles at start): {@code cargo run}, {@code cargo watch}, {@code nodemon}, {@code ts-node(-dev)}, {@code vite},
 * {@code next dev}, {@code go run}, {@code gin}, {@code air}, {@code mvn spring-boot:run}, {@code gradle bootRun}, also
 * behind an npm script ({@code npm run dev}). A runtime stage without the toolchain or the dev dependencies cannot run
 * them: {@code cargo run} is turned into the built program by the Rust recipe; the others decline the split with the
 * reason. Python's reloading servers ({@code uvicorn --reload}, {@code flask run}, {@code manage.py runserver}) run from
 * the copied packages, so they only warn.
 *
 * @param command     the command as written ({@code nodemon src/index.js}), or the npm script's text
 * @param tool        the development tool ({@code nodemon}, {@code cargo run})
 * @param why         what makes it a development-mode command
 * @param runsAnyway  true when the runtime stage still has what it runs (then only a warning)
 * @param convertible true when a recipe replaces it by the built program ({@code cargo run})
 */
public record DevModeCommand(String command, String tool, String why, boolean runsAnyway, boolean convertible) {

    /** The entry's development-mode command, if it is one. */
    public static Optional<DevModeCommand> of(StageFacts f) {
        List<String> entry = f.entryWords();
        List<String> words = !entry.isEmpty() && Paths.name(entry.get(0)).equals("npx") ? entry.subList(1, entry.size()) : entry;
        if (words.isEmpty()) return Optional.empty();
        Optional<DevModeCommand> direct = classify(words, String.join(" ", entry), f);
        if (direct.isPresent()) return direct;
        return npmScript(words, f).flatMap(script -> classify(scriptWords(script), script, f));
    }

    /** The sentence a declined split carries: the documented reason "a development-mode command". */
    public String declined() {
        return "the CMD runs `" + command + "`, a development-mode command (" + why + "); a runtime stage without the"
                + " toolchain and the dev dependencies cannot run it, so give the image a production CMD (the built program) to split it";
    }

    public String warning() {
        return "The CMD runs `" + command + "`, a development server (" + why + "); it still runs from the copied packages, but a"
                + " production image usually starts the app without reloading.";
    }

    private static Optional<DevModeCommand> classify(List<String> w, String text, StageFacts f) {
        if (w.isEmpty()) return Optional.empty();
        String tool = Paths.name(w.get(0));
        String verb = w.size() > 1 ? w.get(1) : "";
        switch (tool) {
            case "cargo":
                if (verb.equals("run")) return dev(text, "cargo run", "cargo compiles the program when the container starts", false, true);
                if (verb.equals("watch")) return dev(text, "cargo watch", "cargo watch rebuilds the program when its sources change", false, false);
                return Optional.empty();
            case "go":
                return verb.equals("run") ? dev(text, "go run", "go compiles the program when the container starts", false, false) : Optional.empty();
            case "gin": case "air": case "reflex": case "CompileDaemon":
                return dev(text, tool, tool + " rebuilds and restarts the Go program when its sources change", false, false);
            case "mvn": case "mvnw": case "gradle": case "gradlew":
                return w.contains("spring-boot:run") || w.contains("bootRun") || w.contains("run")
                        ? dev(text, tool + " " + (w.contains("spring-boot:run") ? "spring-boot:run" : w.contains("bootRun") ? "bootRun" : "run"),
                        "the build tool compiles and runs the app when the container starts", false, false) : Optional.empty();
            case "nodemon": case "ts-node-dev": case "ts-node": case "tsx": case "vite": case "webpack-dev-server":
                return node(text, tool, tool + " is a development tool that runs or serves the sources and restarts on changes", f);
            case "next": case "nuxt":
                return verb.equals("dev") ? node(text, tool, tool + " dev serves the sources in development mode", f) : Optional.empty();
            case "react-scripts":
                return verb.equals("start") ? node(text, tool, "react-scripts start is the development server", f) : Optional.empty();
            case "node":
                return w.contains("--watch") ? dev(text, "node --watch", "node restarts the app when its files change", true, false) : Optional.empty();
            case "uvicorn": case "hypercorn":
                return w.contains("--reload") ? dev(text, tool + " --reload", "it reloads the app when its files change", true, false) : Optional.empty();
            case "flask":
                return verb.equals("run") ? dev(text, "flask run", "Flask's development server", true, false) : Optional.empty();
            default:
                if (tool.matches("python[0-9.]*") && w.size() > 2 && Paths.name(w.get(1)).equals("manage.py") && w.get(2).equals("runserver")) {
                    return dev(text, "manage.py runserver", "Django's development server", true, false);
                }
                return Optional.empty();
        }
    }

    /** A Node tool is a problem only when the runtime stage lacks it: a dev dependency, pruned with the rest. */
    private static Optional<DevModeCommand> node(String text, String tool, String why, StageFacts f) {
        String pkg = switch (tool) {
            case "next" -> "next";
            case "nuxt" -> "nuxt";
            default -> tool;
        };
        boolean production = f.context.packageJson().map(p -> p.path("dependencies").has(pkg)).orElse(false);
        boolean global = f.commands().stream().anyMatch(c -> c.command().is("npm") && c.command().hasFlag("-g", "--global")
                && c.command().args().stream().anyMatch(a -> a.equals(pkg) || a.startsWith(pkg + "@")));
        return dev(text, tool, why, production || global, false);
    }

    private static Optional<DevModeCommand> dev(String text, String tool, String why, boolean runsAnyway, boolean convertible) {
        return Optional.of(new DevModeCommand(text, tool, why, runsAnyway, convertible));
    }

    /** The text of the npm script {@code npm run dev}, {@code npm start}, {@code yarn dev}, {@code pnpm dev} run. */
    private static Optional<String> npmScript(List<String> w, StageFacts f) {
        String tool = Paths.name(w.get(0));
        if (!List.of("npm", "yarn", "pnpm").contains(tool) || w.size() < 2) return Optional.empty();
        String name = w.get(1).equals("run") || w.get(1).equals("run-script") ? (w.size() > 2 ? w.get(2) : "") : w.get(1);
        if (tool.equals("npm") && !List.of("run", "run-script", "start").contains(w.get(1))) return Optional.empty();
        return f.context.packageJson().map(p -> p.path("scripts").path(name)).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    private static List<String> scriptWords(String script) {
        List<ShellScript.Command> cmds = ShellScript.parse(script, new int[script.length()]).commands();
        if (cmds.isEmpty()) return List.of();
        List<String> words = cmds.get(cmds.size() - 1).words().stream().map(ShellScript.Part::value).toList();
        return !words.isEmpty() && List.of("npx", "exec").contains(Paths.name(words.get(0))) ? words.subList(1, words.size()) : words;
    }
}
