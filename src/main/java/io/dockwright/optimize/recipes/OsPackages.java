package io.dockwright.optimize.recipes;

import io.dockwright.optimize.RuntimeBaseTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The OS packages a RUN installs with apt-get/apt or apk, split into build-only and runtime ones. */
public record OsPackages(boolean apk, List<String> installed) {

    /** Packages installed by {@code command} (literal names only; variables are skipped). */
    public static OsPackages parse(String command) {
        List<String> pkgs = new ArrayList<>();
        boolean apk = false;
        for (String part : command.split("&&|\\|\\||;|\\|")) {
            String[] w = part.trim().split("\\s+");
            int i = 0;
            while (i < w.length && (w[i].contains("=") && !w[i].startsWith("-") || w[i].equals("sudo"))) i++;
            if (i >= w.length) continue;
            boolean isApt = (w[i].equals("apt-get") || w[i].equals("apt")) && has(w, i + 1, "install");
            boolean isApk = w[i].equals("apk") && has(w, i + 1, "add");
            if (!isApt && !isApk) continue;
            apk |= isApk;
            boolean afterVerb = false;
            for (int j = i + 1; j < w.length; j++) {
                String s = w[j];
                if (!afterVerb) { afterVerb = s.equals("install") || s.equals("add"); continue; }
                if (s.equals("--virtual") || s.equals("-t")) { j++; continue; }
                if (s.startsWith("-") || s.contains("$") || s.isEmpty() || s.equals("\\")) continue;
                pkgs.add(s);
            }
        }
        return new OsPackages(apk, List.copyOf(new LinkedHashSet<>(pkgs)));
    }

    private static boolean has(String[] w, int from, String verb) {
        for (int j = from; j < w.length; j++) if (w[j].equals(verb)) return true;
        return false;
    }

    /** Packages the runtime needs: everything not build-only, plus the runtime libraries of known -dev packages. */
    public Set<String> runtime(RuntimeBaseTable table) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : installed) {
            if (!table.buildOnly(p)) out.add(p);
            else table.runtimeLibrary(p).ifPresent(out::add);
        }
        return out;
    }

    public List<String> buildOnly(RuntimeBaseTable table) {
        return installed.stream().filter(table::buildOnly).toList();
    }
}
