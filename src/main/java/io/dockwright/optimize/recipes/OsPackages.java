package io.dockwright.optimize.recipes;

import io.dockwright.optimize.RuntimeBaseTable;
import io.dockwright.optimize.commands.ShellCommand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The OS packages a RUN installs with apt-get/apt or apk, split into build-only and runtime ones. */
public record OsPackages(boolean apk, List<String> installed) {
    private static final Set<String> APT_VALUES = Set.of("-o", "-t", "-c", "--option", "--target-release", "--config-file");
    private static final Set<String> APK_VALUES = Set.of("-t", "--virtual", "-X", "--repository", "--root", "-p");

    /** Packages installed by the commands (literal names only; variables are skipped). */
    public static OsPackages of(List<ShellCommand> commands) {
        List<String> pkgs = new ArrayList<>();
        boolean apk = false;
        for (ShellCommand c : commands) {
            boolean isApt = c.runs("apt-get", "install") || c.runs("apt", "install");
            boolean isApk = c.runs("apk", "add");
            if (!isApt && !isApk) continue;
            apk |= isApk;
            for (String p : c.operands(isApk ? APK_VALUES : APT_VALUES)) {
                if (!p.contains("$") && !p.isEmpty()) pkgs.add(p);
            }
        }
        return new OsPackages(apk, List.copyOf(new LinkedHashSet<>(pkgs)));
    }

    /** Packages the runtime needs: everything not build-only, plus the runtime libraries of {@code -dev} packages. */
    public Set<String> runtime(RuntimeBaseTable table) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : installed) {
            if (!table.buildOnly(p)) out.add(p);
            else if (!apk) out.addAll(table.runtimeLibraries(p));
        }
        return out;
    }

    public List<String> buildOnly(RuntimeBaseTable table) {
        return installed.stream().filter(table::buildOnly).toList();
    }
}
