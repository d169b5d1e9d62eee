package io.dockwright.bench;

import io.dockwright.concurrent.PooledExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.EngineSession;
import io.dockwright.engine.build.ApiBuildBackend;
import io.dockwright.engine.build.BackendChoice;
import io.dockwright.engine.build.BuildHandle;
import io.dockwright.engine.build.BuildKitCli;
import io.dockwright.engine.build.BuildListener;
import io.dockwright.engine.build.BuildService;
import io.dockwright.engine.build.BuildVariant;
import io.dockwright.engine.build.CliBuildBackend;
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
 * {@code DOCKER_BUILDKIT=0 docker build} against the same engine, alternating, several runs; prints the
 * medians, the overhead ratio, and the time from "Build" to the engine's first log line for both.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.dockwright.bench.BuildOverheadBenchmark -Dexec.args="assets/examples/c-make 6"</pre>
 */
public final class BuildOverheadBenchmark {
    private record Sample(double seconds, double firstLineSeconds) {}

    public static void main(String[] args) throws Exception {
        Path context = Path.of(args.length > 0 ? args[0] : "assets/examples/c-make").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        String dockerfile = Files.readString(context.resolve("Dockerfile"));
        String docker = BuildKitCli.standard(null).find().map(Path::toString).orElse("docker");
        try (EngineSession session = new EngineSession(new EngineDiscovery(EngineDiscovery.standardLocators(null),
                new EngineConnector()), HostEnvironment.current());
             PooledExecutor executor = new PooledExecutor(1, "bench")) {
            System.out.println("Engine: " + session.status().summary());
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
            for (int i = 0; i < runs; i++) {
                boolean dwFirst = i % 2 == 0;
                for (int k = 0; k < 2; k++) {
                    if ((k == 0) == dwFirst) dw.add(dockwright(service, context, dockerfile));
                    else cli.add(dockerCli(docker, host, context));
                    remove(session, "dockwright-bench:dw");
                    remove(session, "dockwright-bench:cli");
                }
                System.out.printf(Locale.ROOT, "run %d: dockwright %.2fs (first line %.3fs), docker build %.2fs (first line %.3fs)%n",
                        i + 1, dw.get(i).seconds(), dw.get(i).firstLineSeconds(), cli.get(i).seconds(), cli.get(i).firstLineSeconds());
            }
            double mDw = median(dw.stream().map(Sample::seconds).toList());
            double mCli = median(cli.stream().map(Sample::seconds).toList());
            System.out.printf(Locale.ROOT, "median build: dockwright %.2fs, docker build %.2fs, ratio %.3f (overhead %+.1f%%)%n",
                    mDw, mCli, mDw / mCli, 100 * (mDw / mCli - 1));
            System.out.printf(Locale.ROOT, "median time to first engine log line: dockwright %.3fs, docker build %.3fs%n",
                    median(dw.stream().map(Sample::firstLineSeconds).toList()), median(cli.stream().map(Sample::firstLineSeconds).toList()));
        }
    }

    private static Sample dockwright(BuildService service, Path context, String dockerfile) throws Exception {
        long[] first = {0};
        long start = System.nanoTime();
        BuildHandle h = service.start(new BuildVariant("bench", dockerfile, context, null, Map.of(), null, true,
                "dockwright-bench:dw"), BackendChoice.ENGINE_API, new BuildListener() {
                    @Override
                    public void onLog(String line) {
                        if (first[0] == 0 && line.startsWith("Step ")) first[0] = System.nanoTime();
                    }
                });
        h.result().get(30, TimeUnit.MINUTES);
        long end = System.nanoTime();
        return new Sample((end - start) / 1e9, (first[0] - start) / 1e9);
    }

    private static Sample dockerCli(String docker, String host, Path context) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(docker, "build", "--no-cache", "-t", "dockwright-bench:cli",
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
        return new Sample((end - start) / 1e9, (first - start) / 1e9);
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
