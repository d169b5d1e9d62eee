package org.example.units;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "unit-convert", mixinStandardHelpOptions = true, description = "Converts lengths between units.")
public final class Main implements Callable<Integer> {
    private static final Map<String, Double> METRES = Map.of("m", 1.0, "km", 1000.0, "mi", 1609.344, "ft", 0.3048, "nmi", 1852.0);

    @Parameters(index = "0") double value;
    @Parameters(index = "1") String from;
    @Parameters(index = "2") String to;

    @Override
    public Integer call() {
        if (!METRES.containsKey(from) || !METRES.containsKey(to)) {
            System.err.println("units: " + METRES.keySet());
            return 2;
        }
        System.out.printf("%s %s = %.3f %s%n", value, from, value * METRES.get(from) / METRES.get(to), to);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
