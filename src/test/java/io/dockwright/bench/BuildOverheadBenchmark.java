package io.dockwright.bench;

import io.dockwright.concurrent.PooledExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.builds.ApiBuildBackend;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.builds.BuildHandle;
import io.dockwright.engine.builds.BuildKitCli;
import io.dockwright.engine.builds.BuildListener;
import io.dockwright.engine.builds.BuildService;
import io.dockwright.engine.builds.BuildVariant;
import io.dockwright.engine.builds.CliBuildBackend;
import io.dockwright.engine.context.ContextPacker;
import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.engine.result.ImageAnalyzer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: the same Dockerfile built without cache by Dockwright (Engine API, classic builder) and by
 * {@code DOCKER_BUILDKIT=0 docker build} against the same engine, alternating, several runs, then a few builds
 * through the window's build view model (click on Build to the engine's first log line in the panel).
 * Prints Markdown for docs/benchmarks.md, with the load average before and after. Run it with
 * {@code bench/build-overhead.sh [CONTEXT] [RUNS] [CLICKS]}.
 */
public final class BuildOverheadBenchmark {
    private record Sample(double seconds, double firstLineSeconds, double analysisSeconds) {}

    public static void main(String[] args) throws Exception {
        Path context = Path.of(args.length > 0 ? args[0] : "assets/examples/c-make").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int clicks = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        String dockerfile = Files.readString(context.resolve("Dockerfile"));
        String docker = BuildKitCli.standard(null).find().map(Path::toString).orElse("docker");
        String loadBefore = load();
        try (EngineSession session = new EngineSession(new EngineDiscovery(EngineDiscovery.standardLocators(null),
                new EngineConnector()), HostEnvironment.current());
             PooledExecutor executor = new PooledExecutor(1, "bench")) {
            String engine = session.status().summary();
            BuildService service = new BuildService(executor, session, new ApiBuildBackend(session, new ContextPacker()),
                    new CliBuildBackend(session, BuildKitCli.standard(null)), new ImageAnalyzer());
            String host = session.connection().endpoint().uri();
            List<Sample> dw = new ArrayList<>();
            List<Sample> cli = new ArrayList<>();
            // warm-up (not counted): JIT, class loading, page cache
            dockwright(service, context, dockerfile);
            dockerCli(docker, host, context);
            remove(session, "dockwright-bench:dw");
            remove(session, "dockwright-bench:cli");
            StringBuilder perRun = new StringBuilder("| run | Dockwright (reading the image) | `docker build` | first line Dockwright | first line `docker build` | load1 |\n|---|---|---|---|---|---|\n");
            for (int i = 0; i < runs; i++) {
                boolean dwFirst = i % 2 == 0;
                for (int k = 0; k < 2; k++) {
                    if ((k == 0) == dwFirst) dw.add(dockwright(service, context, dockerfile));
                    else cli.add(dockerCli(docker, host, context));
                    remove(session, "dockwright-bench:dw");
                    remove(session, "dockwright-bench:cli");
                }
                perRun.append(String.format(Locale.ROOT, "| %d | %.2f s (%.3f s) | %.2f s | %.3f s | %.3f s | %s |%n", i + 1,
                        dw.get(i).seconds(), dw.get(i).analysisSeconds(), cli.get(i).seconds(), dw.get(i).firstLineSeconds(), cli.get(i).firstLineSeconds(),
                        load().split(" ")[0]));
                System.err.print(".");
            }
            List<Double> click = new ArrayList<>();
            List<Double> clickTotal = new ArrayList<>();
            try (ClickToFirstLine window = new ClickToFirstLine(context, dockerfile, "dockwright-bench-click")) {
                for (int i = 0; i < clicks; i++) {
                    double[] t = window.click();
                    click.add(t[0]);
                    clickTotal.add(t[1]);
                    remove(session, "dockwright-bench-click-original:latest");
                    System.err.print(".");
                }
            }
            System.err.println();
            double mDw = median(dw.stream().map(Sample::seconds).toList());
            double mCli = median(cli.stream().map(Sample::seconds).toList());
            System.out.printf(Locale.ROOT, "Engine: %s; %d cores; Java %s; load average before: %s, after: %s%n%n",
                    engine, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore, load());
            System.out.println("| example | runs | median Dockwright | median `docker build` | overhead | first log line: Dockwright / `docker build` | Build click to first log line (window) | load average (1/5/15 min) before → after |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f s | %.2f s | %+.1f%% | %.3f s / %.3f s | %.3f s (build %.2f s, %d clicks) | %s → %s |%n%n",
                    context.getFileName(), runs, mDw, mCli, 100 * (mDw / mCli - 1),
                    median(dw.stream().map(Sample::firstLineSeconds).toList()), median(cli.stream().map(Sample::firstLineSeconds).toList()),
                    median(click), median(clickTotal), clicks, loadBefore, load());
            System.out.print(perRun);
        }
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    private static Sample dockwright(BuildService service, Path context, String dockerfile) throws Exception {
        long[] first = {0};
        long[] analysing = {0};
        long start = System.nanoTime();
        BuildHandle h = service.start(new BuildVariant("bench", dockerfile, context, null, Map.of(), "host", true,
                "dockwright-bench:dw"), BackendChoice.ENGINE_API, new BuildListener() {
                    @Override
                    public void onLog(String line) {
                        if (first[0] == 0 && line.startsWith("Step ")) first[0] = System.nanoTime();
                    }

                    @Override
                    public void onState(io.dockwright.engine.builds.BuildState state) {
                        if (state == io.dockwright.engine.builds.BuildState.ANALYSING) analysing[0] = System.nanoTime();
                    }
                });
        h.result().get(30, TimeUnit.MINUTES);
        long end = System.nanoTime();
        return new Sample((end - start) / 1e9, (first[0] - start) / 1e9, (end - analysing[0]) / 1e9);
    }

    private static Sample dockerCli(String docker, String host, Path context) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(docker, "build", "--no-cache", "--network", "host", "-t", "dockwright-bench:cli",
                "-f", context.resolve("Dockerfile").toString(), context.toString()).redirectErrorStream(true);
        pb.environment().put("DOCKER_BUILDKIT", "0");
        pb.environment().put("DOCKER_HOST", host);
        long start = System.nanoTime();
        long first = 0;
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (first == 0 && line.startsWith("Step ")) first = System.nanoTime();
            }
        }
        if (p.waitFor() != 0) throw new IllegalStateException("docker build failed");
        long end = System.nanoTime();
        return new Sample((end - start) / 1e9, (first - start) / 1e9, 0);
    }

    private static void remove(EngineSession session, String tag) {
        try {
            session.connection().client().removeImageCmd(tag).withForce(true).exec();
        } catch (Exception notThere) {
            // nothing to remove
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
