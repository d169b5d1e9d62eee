package io.dockwright.engine.images.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockwright.engine.images.FileChange;
import io.dockwright.engine.images.FileInfo;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.LayerContents;
import io.dockwright.engine.images.Problem;
import io.dockwright.engine.images.TreeNode;
import io.dockwright.engine.images.WastedPath;
import io.dockwright.engine.images.diff.DirectoryTotal;
import io.dockwright.engine.images.diff.ImageDiff;
import io.dockwright.engine.images.diff.PathDiff;
import io.dockwright.engine.images.packages.PackageDiff;

/** JSON for an image's contents and for a diff of two (the CLI's --json, an export's file). */
public final class ContentsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentsJson() {}

    /** What to put in: per-layer changes, the tree to a depth (-1: none), how many largest/wasted paths. */
    public record Detail(boolean changes, int treeDepth, int top) {}

    public static ObjectNode contents(ImageContents c, Detail detail) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", c.source()).put("imageId", c.imageId());
        ArrayNode tags = o.putArray("repoTags");
        c.repoTags().forEach(tags::add);
        o.put("layerBytes", c.layerBytes()).put("finalBytes", c.finalBytes()).put("wastedBytes", c.wastedBytes())
                .put("efficiency", c.efficiency()).put("userBytes", c.userBytes())
                .put("userWastedRatio", Double.isFinite(c.userWastedRatio()) ? c.userWastedRatio() : -1)
                .put("paths", c.tree().size()).put("complete", c.complete());
        ArrayNode layers = o.putArray("layers");
        for (LayerContents l : c.layers()) layers.add(layer(l, detail.changes()));
        ArrayNode largest = o.putArray("largestFiles");
        for (TreeNode n : c.tree().largestFiles(detail.top())) largest.addObject().put("path", n.path()).put("bytes", n.size());
        ArrayNode wasted = o.putArray("wasted");
        for (WastedPath w : c.wasted().stream().limit(detail.top()).toList()) {
            ObjectNode wn = wasted.addObject().put("path", w.path()).put("writes", w.writes()).put("wastedBytes", w.wastedBytes())
                    .put("removed", w.removed());
            ArrayNode ls = wn.putArray("layers");
            w.layers().forEach(ls::add);
        }
        if (detail.treeDepth() >= 0) o.set("tree", tree(c.tree().root(), detail.treeDepth()));
        ArrayNode problems = o.putArray("problems");
        for (Problem p : c.problems()) {
            problems.addObject().put("layer", p.layer()).put("path", p.path()).put("message", p.message()).put("dataLost", p.dataLost());
        }
        return o;
    }

    private static ObjectNode layer(LayerContents l, boolean changes) {
        ObjectNode o = JSON.createObjectNode();
        o.put("index", l.index()).put("bytes", l.bytes()).put("wastedBytes", l.wastedBytes()).put("entries", l.entries())
                .put("added", l.count(FileChange.Kind.ADDED)).put("changed", l.count(FileChange.Kind.CHANGED))
                .put("removed", l.count(FileChange.Kind.REMOVED)).put("createdBy", l.origin().createdBy())
                .put("instruction", l.origin().instruction()).put("line", l.origin().line())
                .put("provenance", l.origin().provenance().name().toLowerCase(java.util.Locale.ROOT)).put("complete", l.complete());
        if (changes) {
            ArrayNode list = o.putArray("changes");
            for (FileChange ch : l.changes()) {
                file(list.addObject().put("kind", ch.kind().name().toLowerCase(java.util.Locale.ROOT)).put("bytes", ch.bytes()), ch.file());
            }
        }
        return o;
    }

    private static ObjectNode file(ObjectNode o, FileInfo f) {
        o.put("path", f.path()).put("type", f.type().name().toLowerCase(java.util.Locale.ROOT)).put("size", f.size())
                .put("mode", String.format("%04o", f.mode())).put("uid", f.uid()).put("gid", f.gid());
        if (f.linkTarget() != null) o.put("linkTarget", f.linkTarget());
        if (f.digest() != null) o.put("sha256", f.digest());
        return o;
    }

    private static ObjectNode tree(TreeNode n, int depth) {
        ObjectNode o = JSON.createObjectNode().put("name", n.name()).put("type", n.type().name().toLowerCase(java.util.Locale.ROOT))
                .put("bytes", n.totalBytes()).put("paths", n.descendants());
        if (depth > 0 && n.directory()) {
            ArrayNode kids = o.putArray("children");
            n.children().stream().sorted(java.util.Comparator.comparingLong(TreeNode::totalBytes).reversed())
                    .forEach(k -> kids.add(tree(k, depth - 1)));
        }
        return o;
    }

    public static ObjectNode diff(ImageDiff d, boolean packages, int limit) {
        ObjectNode o = JSON.createObjectNode();
        o.put("a", d.a()).put("b", d.b()).put("prefix", d.prefix()).put("bytesA", d.bytesA()).put("bytesB", d.bytesB())
                .put("onlyABytes", d.onlyABytes()).put("onlyBBytes", d.onlyBBytes()).put("identicalFiles", d.identical())
                .put("sameSizeUnhashed", d.sameSizeUnhashed()).put("summary", d.summary());
        paths(o.putArray("onlyA"), d.onlyA(), limit);
        paths(o.putArray("onlyB"), d.onlyB(), limit);
        paths(o.putArray("changed"), d.changed(), limit);
        ArrayNode dirs = o.putArray("directories");
        for (DirectoryTotal t : d.directories().stream().limit(limit).toList()) {
            dirs.addObject().put("path", t.path()).put("depth", t.depth()).put("bytesA", t.bytesA()).put("bytesB", t.bytesB());
        }
        if (packages && d.packages() != null) {
            ObjectNode p = o.putObject("packages");
            entries(p.putArray("onlyA"), d.packages().onlyA());
            entries(p.putArray("onlyB"), d.packages().onlyB());
            ArrayNode ch = p.putArray("changed");
            for (PackageDiff.Change c : d.packages().changed()) {
                ch.addObject().put("manager", c.manager()).put("name", c.name()).put("versionA", c.versionA())
                        .put("versionB", c.versionB()).put("bytesA", c.bytesA()).put("bytesB", c.bytesB());
            }
        }
        return o;
    }

    private static void paths(ArrayNode out, java.util.List<PathDiff> list, int limit) {
        list.stream().sorted(java.util.Comparator.comparingLong((PathDiff p) -> Math.max(p.bytesA(), p.bytesB())).reversed())
                .limit(limit).forEach(p -> {
                    ObjectNode n = out.addObject().put("path", p.path()).put("bytesA", p.bytesA()).put("bytesB", p.bytesB())
                            .put("pathsA", p.pathsA()).put("pathsB", p.pathsB());
                    ArrayNode aspects = n.putArray("aspects");
                    p.aspects().stream().sorted().forEach(a -> aspects.add(a.name().toLowerCase(java.util.Locale.ROOT)));
                    if (p.a() != null) n.put("typeA", p.a().type().name().toLowerCase(java.util.Locale.ROOT));
                    if (p.b() != null) n.put("typeB", p.b().type().name().toLowerCase(java.util.Locale.ROOT));
                });
    }

    private static void entries(ArrayNode out, java.util.List<PackageDiff.Entry> list) {
        for (PackageDiff.Entry e : list) {
            out.addObject().put("manager", e.manager()).put("name", e.name()).put("version", e.version()).put("bytes", e.bytes());
        }
    }

    public static String pretty(ObjectNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
