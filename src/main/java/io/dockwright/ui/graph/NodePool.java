package io.dockwright.ui.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * The drawn nodes of one kind (cards, edges, images), kept across updates by key: an update changes the
 * existing node in place, only new keys get new nodes and only vanished keys' nodes are removed, so an
 * edit does not rebuild (and restyle) hundreds of nodes. Items outside the viewport get no node at all.
 */
final class NodePool<T, N extends Node> {
    private final ObservableList<Node> parent;
    private final Function<T, Object> key;
    private final Function<T, N> create;
    private final BiConsumer<N, T> update;
    private Map<Object, N> nodes = new LinkedHashMap<>();

    NodePool(ObservableList<Node> parent, Function<T, Object> key, Function<T, N> create, BiConsumer<N, T> update) {
        this.parent = parent;
        this.key = key;
        this.create = create;
        this.update = update;
    }

    /**
     * Shows the {@code items} that are {@code wanted}, and keeps the nodes of those still {@code kept} (a wider
     * area, so that panning back and forth does not rebuild them): kept nodes updated, new ones created, the
     * rest removed.
     */
    void show(List<T> items, Predicate<T> wanted, Predicate<T> kept) {
        Map<Object, N> next = new LinkedHashMap<>();
        List<N> added = new ArrayList<>();
        for (T item : items) {
            Object k = key.apply(item);
            N node = nodes.get(k);
            if (node == null ? !wanted.test(item) : !kept.test(item)) continue;
            nodes.remove(k);
            if (node == null) {
                node = create.apply(item);
                added.add(node);
            }
            update.accept(node, item);
            next.put(k, node);
        }
        if (!nodes.isEmpty()) parent.removeAll(new java.util.HashSet<>(nodes.values()));
        parent.addAll(added);
        nodes = next;
    }

    N get(Object k) { return nodes.get(k); }
}
