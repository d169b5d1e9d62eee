package io.dockwright.optimize.verification.checks;

import io.dockwright.optimize.verification.Check;
import io.dockwright.optimize.verification.HttpProbe;
import io.dockwright.optimize.verification.Probes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks every verification runs, in order: the image config, users and groups, the default command, each
 * probe command, and one HTTP check per port (the paths of probes on the same port joined).
 */
public final class StandardChecks {
    private StandardChecks() {}

    public static List<Check> of(Probes probes) {
        List<Check> checks = new ArrayList<>(List.of(new ConfigCheck(), new AccountsCheck(), new DefaultCommandCheck()));
        for (int i = 0; i < probes.commands().size(); i++) checks.add(new ProbeCommandCheck(i, probes.commands().get(i)));
        Map<Integer, Set<String>> byPort = new LinkedHashMap<>();
        for (HttpProbe h : probes.http()) byPort.computeIfAbsent(h.port(), p -> new LinkedHashSet<>()).addAll(h.paths());
        byPort.forEach((port, paths) -> checks.add(new HttpProbeCheck(new HttpProbe(port, List.copyOf(paths)))));
        return checks;
    }
}
