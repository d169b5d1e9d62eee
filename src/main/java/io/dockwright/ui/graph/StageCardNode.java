package io.dockwright.ui.graph;

import io.dockwright.ui.graph.GraphLayout.StageCard;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One stage drawn as a card: name, base, instruction count, built size; target badge; greyed when unneeded.
 * A card is kept across graph updates and {@link #update updated} in place with its stage's new data.
 */
final class StageCardNode extends VBox {
    static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");
    static final PseudoClass UNNEEDED = PseudoClass.getPseudoClass("unneeded");
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final Label title = label("stage-title");
    private final Label badge = label("target-badge");
    private final HBox header;
    private final Label from = label("stage-base");
    private final Label count = label("stage-count");
    private final Label size = label("stage-size");
    private StageCard card;

    StageCardNode(StageCard card) {
        getStyleClass().add("stage-card");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(6, title, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, from, count, size);
        update(card);
    }

    /** Shows {@code card} (the same stage index, possibly changed): only what differs is touched. */
    void update(StageCard next) {
        if (next.equals(card)) return;
        card = next;
        setId("stage-card-" + card.index());
        title.setText(card.name() != null ? card.name() : "stage " + card.index());
        boolean showBadge = card.target() || !card.needed();
        if (showBadge) {
            badge.setText(card.target() ? "TARGET" : "unused");
            java.util.List<String> style = java.util.List.of("label", card.target() ? "target-badge" : "unneeded-badge");
            if (!badge.getStyleClass().equals(style)) badge.getStyleClass().setAll(style);
            if (!header.getChildren().contains(badge)) header.getChildren().add(badge);
        } else {
            header.getChildren().remove(badge);
        }
        String base = card.base() != null ? card.base() : card.baseStage() != null ? card.baseStage() : "?";
        from.setText("FROM " + base);
        count.setText(countText(card.instructionCount(), card.line(), card.endLine()));
        size.setText(card.built() == null ? "size: not built yet" : card.built().describe());
        relocate(card.box().x(), card.box().y());
        setPrefSize(card.box().width(), card.box().height());
        setMinSize(card.box().width(), card.box().height());
        setMaxSize(card.box().width(), card.box().height());
        pseudoClassStateChanged(TARGET, card.target());
        pseudoClassStateChanged(UNNEEDED, !card.needed());
    }

    StageCard card() { return card; }

    static String countText(int instructions, int line, int endLine) {
        return instructions + (instructions == 1 ? " instruction" : " instructions") + "  ·  lines " + line + "–" + endLine;
    }

    void setHighlighted(boolean on) { pseudoClassStateChanged(HIGHLIGHTED, on); }

    /** The card's tooltip text, made when the pointer enters it. */
    String tooltip() {
        StringBuilder sb = new StringBuilder("Stage ").append(card.index());
        if (card.name() != null) sb.append(" \"").append(card.name()).append('"');
        sb.append(", lines ").append(card.line()).append('–').append(card.endLine());
        if (card.target()) sb.append("\nBuild target");
        else if (!card.needed()) sb.append("\nNot needed by the target (BuildKit skips it)");
        return sb.append("\nClick to select in the editor; right-click to edit").toString();
    }

    private static Label label(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        l.setMinWidth(0);
        return l;
    }
}
