package io.dockwright.optimize.verification.checks;

import io.dockwright.engine.containers.ContainerRun;
import io.dockwright.engine.containers.ContainerSpec;
import io.dockwright.engine.containers.StartedContainer;
import io.dockwright.optimize.verification.Check;
import io.dockwright.optimize.verification.CheckContext;
import io.dockwright.optimize.verification.CheckResult;
import io.dockwright.optimize.verification.Finding;
import io.dockwright.optimize.verification.HttpProbe;
import io.dockwright.optimize.verification.Probes;
import io.dockwright.optimize.verification.VerificationOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts each image's default command (one after the other, never both at once: with host networking they would
 * share the port), waits for the port to answer HTTP, GETs each path and compares status and body (after the
 * ignore rules). Redirects are not followed: a redirect is compared as such.
 */
final class HttpProbeCheck implements Check {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private final HttpProbe probe;

    HttpProbeCheck(HttpProbe probe) {
        this.probe = probe;
    }

    static String idOf(HttpProbe p) {
        return "http-" + p.port();
    }

    @Override
    public String id() { return idOf(probe); }

    @Override
    public String title() { return "HTTP on port " + probe.port(); }

    /** One GET: status and body (capped), or why there was no answer. */
    record Response(String path, int status, String body, boolean truncated, String error) {}

    /** What one image's server did: answered (responses), or not (why), or the probe could not run (blocked). */
    record Served(List<Response> responses, String failure, String blocked) {
        static Served answered(List<Response> r) { return new Served(r, null, null); }

        static Served failed(String why) { return new Served(List.of(), why, null); }

        static Served blocked(String why) { return new Served(List.of(), null, why); }
    }

    @Override
    public CheckResult run(CheckContext ctx) throws Exception {
        String network = ctx.options().httpNetwork();
        String ran = ran(network, ctx.options());
        if ("none".equals(network)) {
            return CheckResult.notChecked(id(), title(), "an HTTP probe needs a network, and the network chosen is none", ran, 0);
        }
        ctx.progress("starting the original image for the HTTP probe on port " + probe.port());
        Served a = serve(ctx, ctx.request().originalImage(), "original-http");
        if (ctx.cancel().isCancelled()) return CheckResult.notChecked(id(), title(), "cancelled", ran, 0);
        if (a.blocked() != null) return CheckResult.notChecked(id(), title(), a.blocked(), ran, 0);
        ctx.progress("starting the optimized image for the HTTP probe on port " + probe.port());
        Served b = serve(ctx, ctx.request().optimizedImage(), "optimized-http");
        if (ctx.cancel().isCancelled()) return CheckResult.notChecked(id(), title(), "cancelled", ran, 0);
        if (b.blocked() != null) return CheckResult.notChecked(id(), title(), b.blocked(), ran, 0);
        return compare(ctx, a, b, ran);
    }

    private String ran(String network, VerificationOptions o) {
        String how = "host".equals(network) ? "network host (the container's port " + probe.port() + " is the host's)"
                : "network " + (network == null ? "the engine's default" : network) + ", port " + probe.port()
                + " published on 127.0.0.1 at a free port";
        return "each image's default command, one after the other; " + how + "; waited up to " + o.portTimeout().toSeconds()
                + " s for the port; GET " + String.join(", ", probe.paths());
    }

    private CheckResult compare(CheckContext ctx, Served a, Served b, String ran) {
        String compared = "status and body of GET " + String.join(", ", probe.paths());
        if (a.failure() != null && b.failure() != null) {
            return CheckResult.notChecked(id(), title(), "neither image answered: the original " + a.failure()
                    + "; the optimized " + b.failure(), ran, 0);
        }
        List<Finding> findings = new ArrayList<>();
        if (a.failure() != null || b.failure() != null) {
            findings.add(ctx.difference(id(), "answer on port " + probe.port(),
                    a.failure() == null ? "answered" : a.failure(), b.failure() == null ? "answered" : b.failure()));
        } else {
            for (int i = 0; i < probe.paths().size(); i++) findings.addAll(compare(ctx, a.responses().get(i), b.responses().get(i)));
        }
        String summary = findings.stream().anyMatch(Finding::fails)
                ? findings.stream().filter(Finding::fails).map(Finding::subject).distinct().limit(4)
                        .reduce((x, y) -> x + ", " + y).orElse("") + " differ"
                : "same status and body for GET " + String.join(", ", probe.paths())
                        + " (status " + a.responses().get(0).status() + ")";
        return CheckResult.compared(id(), title(), summary, ran, compared, 0, findings);
    }

    private List<Finding> compare(CheckContext ctx, Response a, Response b) {
        String what = "GET " + a.path();
        List<Finding> out = new ArrayList<>();
        if (a.error() != null || b.error() != null) {
            if (a.error() == null || b.error() == null || !a.error().equals(b.error())) {
                out.add(ctx.difference(id(), what, a.error() == null ? "status " + a.status() : a.error(),
                        b.error() == null ? "status " + b.status() : b.error()));
            }
            return out;
        }
        if (a.status() != b.status()) out.add(ctx.difference(id(), what + " status", "" + a.status(), "" + b.status()));
        Probes p = ctx.request().probes();
        out.addAll(TextDiff.compare(ctx, id(), what + " body", p.scrub(a.body()), p.scrub(b.body())));
        return out;
    }

    /** Starts {@code image}, waits for its port, GETs the paths, removes the container (and on host, waits for the port to free). */
    private Served serve(CheckContext ctx, String image, String role) throws Exception {
        String network = ctx.options().httpNetwork();
        boolean host = "host".equals(network);
        if (host && !portFree(probe.port())) {
            return Served.blocked("port " + probe.port() + " is already in use on this host, so another program would answer");
        }
        ContainerSpec spec = ContainerSpec.defaultCommand(image, role).withNetwork(network).withPublishedPort(probe.port())
                .withOutputCap(ctx.options().outputCap());
        try (StartedContainer c = ctx.runner().start(spec)) {
            if (c.startError() != null) return Served.failed("could not start: " + c.startError());
            InetSocketAddress address = c.address(probe.port());
            if (address == null) return Served.failed("got no published host port for " + probe.port() + " from the engine");
            return fetchAll(ctx, c, address);
        } finally {
            if (host) awaitPortFree(probe.port(), Duration.ofSeconds(10));
        }
    }

    private Served fetchAll(CheckContext ctx, StartedContainer c, InetSocketAddress address) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + ctx.options().portTimeout().toNanos();
        Response first;
        while ((first = get(http, address, probe.paths().get(0), ctx.options().outputCap(), true)) == null) {
            if (ctx.cancel().isCancelled()) return Served.failed("cancelled");
            if (c.hasExited()) {
                ContainerRun r = c.awaitExit(Duration.ZERO.plusMillis(1), ctx.cancel());
                String err = r.stderr().text().isBlank() ? "" : "; its stderr: " + TextDiff.head(r.stderr().text());
                return Served.failed(RunComparison.describe(r) + " before port " + probe.port() + " answered" + err);
            }
            if (System.nanoTime() > deadline) {
                return Served.failed(String.format(Locale.ROOT, "did not answer on port %d within %d s", probe.port(),
                        ctx.options().portTimeout().toSeconds()));
            }
            Thread.sleep(200);
        }
        List<Response> all = new ArrayList<>(List.of(first));
        for (String path : probe.paths().subList(1, probe.paths().size())) {
            all.add(get(http, address, path, ctx.options().outputCap(), false));
        }
        return Served.answered(all);
    }

    /** One GET; null when nothing answers yet and {@code waiting}, else a response with the error. */
    private static Response get(HttpClient http, InetSocketAddress address, String path, long cap, boolean waiting)
            throws InterruptedException {
        URI uri = URI.create("http://" + address.getHostString() + ":" + address.getPort() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] kept = body.readNBytes((int) Math.min(cap, Integer.MAX_VALUE - 8));
                boolean more = body.read() >= 0;
                return new Response(path, response.statusCode(), new String(kept, StandardCharsets.UTF_8), more, null);
            }
        } catch (IOException e) {
            return waiting ? null : new Response(path, 0, "", false, "no answer (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static void awaitPortFree(int port, Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (!portFree(port) && System.nanoTime() < until) Thread.sleep(100);
    }
}
