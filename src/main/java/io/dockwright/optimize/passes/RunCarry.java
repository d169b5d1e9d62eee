package io.dockwright.optimize.passes;

import io.dockwright.dockerfile.Instruction;
import io.dockwright.optimize.commands.FileWrite;
import io.dockwright.optimize.commands.Paths;
import io.dockwright.optimize.commands.ShellCommand;
import io.dockwright.optimize.commands.UserAccount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one builder RUN leaves that the runtime stage needs: the users and groups it creates (their commands run
 * again, without the rest of the RUN) and the files it writes outside what the runtime copies anyway (a cheap
 * tool-free command such as mkdir, ln or chown runs again; any other write is copied from the builder).
 *
 * @param run      the RUN
 * @param users    its user and group commands, in order
 * @param accounts the accounts they create
 * @param repeats  writes whose command runs again in the runtime stage
 * @param copies   writes copied from the builder
 */
record RunCarry(Instruction run, List<ShellCommand> users, List<UserAccount> accounts, List<FileWrite> repeats,
                List<FileWrite> copies) {

    boolean empty() { return users.isEmpty() && repeats.isEmpty() && copies.isEmpty(); }

    /** The user part as one shell command line ("" when none). */
    String userCommands() {
        return String.join(" && ", users.stream().map(ShellCommand::shellText).toList());
    }

    /**
     * The repeated commands as one shell command line: each with only the paths it must write again, made absolute
     * (the RUN's {@code cd} is not repeated), {@code mkdir} with {@code -p}.
     */
    String repeatCommands() {
        Map<ShellCommand, List<FileWrite>> byCommand = new LinkedHashMap<>();
        for (FileWrite w : repeats) byCommand.computeIfAbsent(w.command(), k -> new ArrayList<>()).add(w);
        List<String> out = new ArrayList<>();
        byCommand.forEach((c, writes) -> out.add(repeat(c, writes)));
        return String.join(" && ", out);
    }

    private static String repeat(ShellCommand c, List<FileWrite> writes) {
        List<String> words = new ArrayList<>(List.of(c.tool()));
        List<String> args = c.args();
        List<String> written = c.is("ln") ? List.of() : args.stream().filter(a -> isWrite(c, a)).toList();
        if (c.is("mkdir") && !c.hasFlag("-p", "--parents")) words.add("-p");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (c.is("ln") && i == args.size() - 1) {
                words.add(quote(writes.get(0).path()));
            } else if (written.contains(a)) {
                String abs = Paths.resolve(c.cwd(), a);
                if (writes.stream().anyMatch(w -> w.path().equals(abs))) words.add(quote(abs));
            } else {
                words.add(quote(a));
            }
        }
        return String.join(" ", words);
    }

    /** True when {@code arg} is one of the paths {@code c} writes (a positional path argument). */
    private static boolean isWrite(ShellCommand c, String arg) {
        if (arg.startsWith("-") || arg.contains("$")) return false;
        List<String> p = c.positional(java.util.Set.of("-m", "--mode", "--reference", "-d", "-r", "-t"));
        int first = c.is("chown", "chgrp", "chmod") ? 1 : 0;
        return p.indexOf(arg) >= first;
    }

    private static String quote(String word) {
        return word.matches("[\\w@%+=:,./-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
