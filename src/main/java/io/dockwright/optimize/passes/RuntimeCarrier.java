package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.optimize.commands.FileWrite;
import io.dockwright.optimize.commands.FileWrites;
import io.dockwright.optimize.commands.Paths;
import io.dockwright.optimize.commands.ShellCommand;
import io.dockwright.optimize.commands.UserAccount;
import io.dockwright.optimize.recipes.Recipe;
import io.dockwright.optimize.recipes.StageFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides, RUN by RUN, what the builder's RUNs leave that the runtime stage needs ({@link RunCarry}), given what the
 * runtime copies anyway: a write under a copied path is already there (COPY --from keeps owners and modes), a write
 * that a later {@code rm} removes is gone, the build tools' own configuration stays behind.
 */
final class RuntimeCarrier {
    /** Build-time configuration (registry tokens, keys, package sources): never carried. */
    private static final Set<String> BUILD_CONFIG = Set.of("/etc/apt", "/root/.npmrc", "/root/.ssh", "/root/.gitconfig",
            "/root/.m2", "/root/.gradle", "/root/.cargo", "/root/.config", "/root/.pip", "/etc/pip.conf", "/root/.docker",
            "/usr/local/etc/npmrc", "/etc/dpkg", "/var/lib/dpkg");

    private final StageFacts facts;
    private final boolean shell;
    private final List<Recipe.Artifact> artifacts;

    /** @param artifacts what the runtime copies already; the carrier adds the writes it copies */
    RuntimeCarrier(StageFacts facts, boolean shell, List<Recipe.Artifact> artifacts) {
        this.facts = facts;
        this.shell = shell;
        this.artifacts = artifacts;
    }

    /** One entry per builder RUN that leaves something for the runtime (in order). */
    List<RunCarry> carries() {
        List<StageFacts.Found> all = facts.commands();
        List<RunCarry> out = new ArrayList<>();
        boolean accountsCopied = false;
        for (Instruction run : facts.runs()) {
            List<ShellCommand> users = new ArrayList<>();
            List<UserAccount> accounts = new ArrayList<>();
            List<FileWrite> repeats = new ArrayList<>();
            List<FileWrite> copies = new ArrayList<>();
            for (ShellCommand c : facts.script(run).commands()) {
                if (UserAccount.TOOLS.contains(c.tool())) {
                    users.add(c);
                    UserAccount.of(c).ifPresent(accounts::add);
                    continue;
                }
                for (FileWrite w : FileWrites.of(c)) {
                    if (carried(w, all)) (w.repeatable() && shell ? repeats : copies).add(w);
                }
            }
            if (!shell && !users.isEmpty()) {
                if (!accountsCopied) {
                    copy(copies, "/etc/passwd", "the users the build created (no shell in the runtime image to create them again)");
                    copy(copies, "/etc/group", "the groups the build created");
                    accountsCopied = true;
                }
                for (UserAccount a : accounts) {
                    if (a.createsHome() && a.home() != null) copy(copies, a.home(), "the home directory of " + a.name());
                }
            }
            for (FileWrite w : copies) add(w.path(), "written by line " + facts.source.firstLine(run) + " (" + w.how() + ")");
            RunCarry carry = new RunCarry(run, shell ? users : List.of(), accounts, repeats, copies);
            if (!carry.empty()) out.add(carry);
        }
        return out;
    }

    private void copy(List<FileWrite> copies, String path, String why) {
        if (!covered(path)) copies.add(new FileWrite(path, why, null, false));
    }

    /** True when the runtime needs {@code w} carried: not under a copied path, not build config, not removed later. */
    private boolean carried(FileWrite w, List<StageFacts.Found> all) {
        if (covered(w.path()) || BUILD_CONFIG.stream().anyMatch(b -> Paths.within(w.path(), b))) return false;
        return !removedAfter(w, all);
    }

    private static boolean removedAfter(FileWrite w, List<StageFacts.Found> all) {
        boolean after = false;
        for (StageFacts.Found f : all) {
            if (f.command() == w.command()) {
                after = true;
                continue;
            }
            if (!after || !f.command().is("rm")) continue;
            for (String p : f.command().positional(Set.of())) {
                if (p.contains("$") || p.contains("*")) continue;
                if (Paths.within(w.path(), Paths.resolve(f.command().cwd(), p))) return true;
            }
        }
        return false;
    }

    private boolean covered(String path) {
        return artifacts.stream().anyMatch(a -> Paths.within(path, a.destination()) && !a.destination().equals("/"));
    }

    private void add(String path, String why) {
        if (!covered(path)) artifacts.add(new Recipe.Artifact(path, why));
    }
}
