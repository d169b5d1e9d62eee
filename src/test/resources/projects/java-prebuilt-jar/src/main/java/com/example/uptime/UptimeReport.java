package com.example.uptime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Availability per service from a probe log: "ISO-INSTANT SERVICE up|down" lines, one per probe minute. */
public final class UptimeReport {
    private UptimeReport() {}

    record Probe(Instant at, String service, boolean up) {
        static Probe parse(String line) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 3) throw new IllegalArgumentException("bad probe line: " + line);
            return new Probe(Instant.parse(f[0]), f[1], f[2].equals("up"));
        }
    }

    public static void main(String[] args) throws IOException {
        Path log = Path.of(args.length > 0 ? args[0] : "/etc/uptime/probes.log");
        List<Probe> probes = Files.readAllLines(log).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(Probe::parse).toList();
        Map<String, int[]> counts = new TreeMap<>();
        for (Probe p : probes) {
            int[] c = counts.computeIfAbsent(p.service(), s -> new int[2]);
            c[p.up() ? 0 : 1]++;
        }
        Duration span = Duration.between(probes.get(0).at(), probes.get(probes.size() - 1).at());
        System.out.printf("uptime report: %d probes over %d min (java %s)%n", probes.size(), span.toMinutes(),
                Runtime.version().feature());
        counts.forEach((service, c) -> System.out.printf("  %-8s %6.2f%% (%d down)%n", service,
                100.0 * c[0] / (c[0] + c[1]), c[1]));
    }
}
