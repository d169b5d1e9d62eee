package io.dockwright.engine.images.read;

import io.dockwright.engine.images.CapturedFile;
import io.dockwright.engine.images.FileChange;
import io.dockwright.engine.images.FileChange.Kind;
import io.dockwright.engine.images.FileInfo;
import io.dockwright.engine.images.FileTree;
import io.dockwright.engine.images.FileType;
import io.dockwright.engine.images.TreeNode;
import io.dockwright.engine.images.WastedPath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stacks layers as overlayfs shows them: a layer's whiteouts ({@code .wh.NAME}) and opaque markers
 * ({@code .wh..wh..opq}) hide what the layers below have at that path (never what the same layer adds); then its
 * entries are put in tar order, a non-directory replacing whatever was there, a directory over a directory
 * keeping the children. Every regular file a layer writes is one content; hard links share their target's.
 * At the end, contents no path shows any more are the waste.
 */
final class OverlayMerger {
    static final class Content {
        final long size;
        final byte[] digest;
        final int layer;
        final byte[] captured;
        final boolean prefix;
        MNode at;
        boolean visible;
        int refs;

        Content(long size, byte[] digest, int layer, byte[] captured, boolean prefix) {
            this.size = size;
            this.digest = digest;
            this.layer = layer;
            this.captured = captured;
            this.prefix = prefix;
        }
    }

    static final class MNode {
        final String name;
        final MNode parent;
        HashMap<String, MNode> children;
        FileType type = FileType.DIRECTORY;
        int mode = 0755;
        int uid;
        int gid;
        String link;
        Content content;
        int layer = -1;

        MNode(String name, MNode parent) {
            this.name = name;
            this.parent = parent;
        }

        MNode child(String n) {
            return children == null ? null : children.get(n);
        }

        MNode put(String n) {
            if (children == null) children = new HashMap<>(4);
            MNode c = new MNode(n, this);
            children.put(n, c);
            return c;
        }

        String path() {
            if (parent == null) return "/";
            Deque<String> parts = new ArrayDeque<>();
            for (MNode m = this; m.parent != null; m = m.parent) parts.push(m.name);
            StringBuilder b = new StringBuilder();
            for (String p : parts) b.append('/').append(p);
            return b.toString();
        }
    }

    private final MNode root = new MNode("", null);
    private final List<Content> contents = new ArrayList<>();
    private final long[] layerBytes;
    private final List<List<FileChange>> changes = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    OverlayMerger(int layers) {
        layerBytes = new long[layers];
    }

    void apply(int index, LayerRecord record) {
        List<FileChange> out = new ArrayList<>();
        for (String dir : record.opaques) {
            MNode d = lookup(dir);
            if (d == null || d.type != FileType.DIRECTORY || d.children == null) continue;
            for (MNode c : new ArrayList<>(d.children.values())) remove(c, index, out);
        }
        for (String w : record.whiteouts) {
            MNode n = lookup(w);
            if (n != null && n != root) remove(n, index, out);
        }
        for (RawEntry e : record.entries) put(index, e, out);
        changes.add(out);
    }

    private void remove(MNode n, int layer, List<FileChange> out) {
        out.add(new FileChange(Kind.REMOVED, info(n.path(), n, layer), visibleBytes(n)));
        n.parent.children.remove(n.name);
    }

    private void put(int layer, RawEntry e, List<FileChange> out) {
        MNode parent = directory(PathNames.parent(e.path), layer, out);
        String name = PathNames.baseName(e.path);
        MNode existing = parent.child(name);
        if (e.type == FileType.DIRECTORY) {
            if (existing != null && existing.type == FileType.DIRECTORY) {
                if (existing.mode == e.mode && existing.uid == e.uid && existing.gid == e.gid) return;
                setMeta(existing, e, layer);
                out.add(new FileChange(Kind.CHANGED, info(e.path, existing, layer), 0));
                return;
            }
            if (existing != null) parent.children.remove(name);
            MNode d = parent.put(name);
            setMeta(d, e, layer);
            out.add(new FileChange(existing == null ? Kind.ADDED : Kind.CHANGED, info(e.path, d, layer), 0));
            return;
        }
        MNode n;
        if (existing != null && existing.type != FileType.DIRECTORY) {
            n = existing;
        } else {
            if (existing != null) parent.children.remove(name);
            n = parent.put(name);
        }
        setMeta(n, e, layer);
        n.type = e.type;
        n.link = e.link;
        n.content = null;
        if (e.type == FileType.FILE) {
            Content c = new Content(e.size, e.digest, layer, e.captured, e.capturedPrefix);
            c.at = n;
            contents.add(c);
            layerBytes[layer] += e.size;
            n.content = c;
        } else if (e.type == FileType.HARDLINK) {
            link(n, e, layer);
        }
        long bytes = n.content == null ? 0 : n.content.size;
        out.add(new FileChange(existing == null ? Kind.ADDED : Kind.CHANGED, info(e.path, n, layer), bytes));
    }

    private void link(MNode n, RawEntry e, int layer) {
        MNode target = e.link == null ? null : lookup(e.link);
        if (target == null || target == n) {
            notes.add("layer " + layer + ": " + e.path + ": hard link to " + e.link + ", which is not there; kept as an empty file");
        } else if (target.type.regular()) {
            n.content = target.content;
        } else if (target.type != FileType.DIRECTORY) {
            n.type = target.type;
            n.link = target.link;
        } else {
            notes.add("layer " + layer + ": " + e.path + ": hard link to the directory " + e.link + "; kept as an empty file");
        }
    }

    private static void setMeta(MNode n, RawEntry e, int layer) {
        n.mode = e.mode;
        n.uid = e.uid;
        n.gid = e.gid;
        n.layer = layer;
    }

    /** The directory at {@code path}, made where missing, a non-directory in the way replaced. */
    private MNode directory(String path, int layer, List<FileChange> out) {
        MNode cur = root;
        if (path.equals("/")) return cur;
        StringBuilder at = new StringBuilder();
        for (String part : path.substring(1).split("/")) {
            at.append('/').append(part);
            MNode next = cur.child(part);
            if (next == null || next.type != FileType.DIRECTORY) {
                boolean replaced = next != null;
                if (replaced) cur.children.remove(part);
                next = cur.put(part);
                next.layer = layer;
                out.add(new FileChange(replaced ? Kind.CHANGED : Kind.ADDED, info(at.toString(), next, layer), 0));
            }
            cur = next;
        }
        return cur;
    }

    private MNode lookup(String path) {
        MNode cur = root;
        if (path.equals("/")) return cur;
        for (String part : path.substring(1).split("/")) {
            cur = cur.child(part);
            if (cur == null) return null;
        }
        return cur;
    }

    private static long visibleBytes(MNode n) {
        long sum = 0;
        Deque<MNode> stack = new ArrayDeque<>();
        stack.push(n);
        while (!stack.isEmpty()) {
            MNode m = stack.pop();
            if (m.content != null) sum += m.content.size;
            if (m.children != null) m.children.values().forEach(stack::push);
        }
        return sum;
    }

    private static FileInfo info(String path, MNode n, int layer) {
        Content c = n.content;
        return new FileInfo(path, n.type, c == null ? 0 : c.size, n.mode, n.uid, n.gid, n.link,
                c == null || c.digest == null ? null : HexFormat.of().formatHex(c.digest), layer);
    }

    /** The final filesystem, its captured files and the accounting of what no path shows any more. */
    record Result(FileTree tree, long layerBytesTotal, long finalBytes, long[] layerBytes, long[] layerWasted,
                  List<List<FileChange>> changes, List<WastedPath> wasted, Map<String, CapturedFile> captured) {}

    Result finish() {
        Map<String, CapturedFile> captured = new LinkedHashMap<>();
        FileTree tree = freeze(captured);
        long total = 0;
        long visible = 0;
        long[] wastedPerLayer = new long[layerBytes.length];
        Map<String, List<Content>> byPath = new LinkedHashMap<>();
        for (Content c : contents) {
            total += c.size;
            if (c.visible) {
                visible += c.size;
            } else {
                wastedPerLayer[c.layer] += c.size;
                byPath.computeIfAbsent(c.at.path(), k -> new ArrayList<>());
            }
        }
        if (!byPath.isEmpty()) {
            for (Content c : contents) {
                List<Content> list = byPath.get(c.at.path());
                if (list != null) list.add(c);
            }
        }
        List<WastedPath> wasted = new ArrayList<>();
        for (Map.Entry<String, List<Content>> e : byPath.entrySet()) {
            long bytes = 0;
            List<Integer> layers = new ArrayList<>();
            for (Content c : e.getValue()) {
                if (!c.visible) bytes += c.size;
                layers.add(c.layer);
            }
            boolean removed = tree.find(e.getKey()).map(n -> !n.type().regular()).orElse(true);
            if (bytes > 0 || e.getValue().size() > 1) wasted.add(new WastedPath(e.getKey(), e.getValue().size(), layers, bytes, removed));
        }
        wasted.sort(Comparator.comparingLong(WastedPath::wastedBytes).reversed().thenComparing(WastedPath::path));
        return new Result(tree, total, visible, layerBytes, wastedPerLayer, changes, wasted, captured);
    }

    private FileTree freeze(Map<String, CapturedFile> captured) {
        Deque<MNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) { // first count who holds which content
            MNode m = stack.pop();
            if (m.content != null) {
                m.content.visible = true;
                m.content.refs++;
            }
            if (m.children != null) m.children.values().forEach(stack::push);
        }
        FileTree.Builder builder = new FileTree.Builder();
        Deque<Map.Entry<MNode, TreeNode>> todo = new ArrayDeque<>();
        todo.push(Map.entry(root, builder.root()));
        while (!todo.isEmpty()) {
            Map.Entry<MNode, TreeNode> pair = todo.pop();
            MNode m = pair.getKey();
            if (m.children == null) continue;
            for (MNode c : m.children.values()) {
                Content content = c.content;
                TreeNode t = builder.add(pair.getValue(), c.name, c.type, content == null ? 0 : content.size, c.mode,
                        c.uid, c.gid, c.link, content == null ? null : content.digest, c.layer,
                        content != null && content.refs > 1 ? content : null);
                if (content != null && content.captured != null) {
                    String path = t.path();
                    captured.put(path, new CapturedFile(path, content.size, content.prefix, content.captured));
                }
                todo.push(Map.entry(c, t));
            }
        }
        return builder.build();
    }
}
