package io.dockwright.ui.graph;

import io.dockwright.engine.result.BuildResult;
import io.dockwright.engine.result.Layer;
import io.dockwright.ui.graph.GraphLayout.StageCard;
import io.dockwright.ui.graph.GraphLayout.StageSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts a build's bytes on the stage cards: each stage of the target's chain gets the layers mapped to it (the
 * chain's first stage also the base image's layers, as the base size); the other stages are not in the image.
 * {@link #structure} is what must not change for the sizes to stay meaningful: the stages, how they build on
 * each other, and the target.
 */
final class StageSizes {
    private StageSizes() {}

    static List<StageCard> apply(List<StageCard> cards, BuildResult result) {
        Set<Integer> chain = chain(cards);
        List<StageCard> out = new ArrayList<>(cards.size());
        for (StageCard c : cards) {
            boolean in = chain.contains(c.index());
            long own = result.layers().stream().filter(l -> !l.base() && l.stage() == c.index()).mapToLong(Layer::sizeBytes).sum();
            long base = in && c.base() != null ? result.baseBytes() : 0;
            out.add(c.withBuilt(new StageSize(in ? own : 0, base, in)));
        }
        return out;
    }

    /** Indices of the target card and the stages it builds on. */
    static Set<Integer> chain(List<StageCard> cards) {
        Set<Integer> chain = new HashSet<>();
        StageCard c = cards.stream().filter(StageCard::target).findFirst().orElse(null);
        while (c != null && chain.add(c.index())) {
            String parent = c.baseStage();
            c = parent == null ? null : cards.stream().filter(p -> parent.equals(p.label())).findFirst().orElse(null);
        }
        return chain;
    }

    /** Names, parent stages and target of every stage: sizes are cleared when this changes. */
    static List<String> structure(List<StageCard> cards) {
        return cards.stream().map(c -> c.label() + "<" + (c.baseStage() != null ? "stage " + c.baseStage() : "image")
                + (c.target() ? " target" : "")).toList();
    }
}
