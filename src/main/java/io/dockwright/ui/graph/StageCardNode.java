package io.dockwright.ui.graph;

import io.dockwright.ui.graph.GraphLayout.StageCard;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One stage drawn as a card: name, base, instruction count, built size; target badge; greyed when unneeded. */
final class StageCardNode extends VBox {
    static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");
    static final PseudoClass UNNEEDED = PseudoClass.getPseudoClass("unneeded");
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final StageCard card;

    StageCardNode(StageCard card) {
        this.card = card;
        getStyleClass().add("stage-card");
        setId("stage-card-" + card.index());
        Label title = label(card.name() != null ? card.name() : "stage " + card.index(), "stage-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        if (card.target()) header.getChildren().add(label("TARGET", "target-badge"));
        else if (!card.needed()) header.getChildren().add(label("unused", "unneeded-badge"));
        String base = card.base() != null ? card.base() : card.baseStage() != null ? card.baseStage() : "?";
        Label from = label("FROM " + base, "stage-base");
        Label count = label(countText(card.instructionCount(), card.line(), card.endLine()), "stage-count");
        Label size = label(card.built() == null ? "size: not built yet" : card.built().describe(), "stage-size");
        getChildren().addAll(header, from, count, size);
        relocate(card.box().x(), card.box().y());
        setPrefSize(card.box().width(), card.box().height());
        setMinSize(card.box().width(), card.box().height());
        setMaxSize(card.box().width(), card.box().height());
        pseudoClassStateChanged(TARGET, card.target());
        pseudoClassStateChanged(UNNEEDED, !card.needed());
        Tooltip.install(this, new Tooltip(tooltip()));
    }

    StageCard card() { return card; }

    static String countText(int instructions, int line, int endLine) {
        return instructions + (instructions == 1 ? " instruction" : " instructions") + "  ·  lines " + line + "–" + endLine;
    }

    void setHighlighted(boolean on) { pseudoClassStateChanged(HIGHLIGHTED, on); }

    private String tooltip() {
        StringBuilder sb = new StringBuilder("Stage ").append(card.index());
        if (card.name() != null) sb.append(" \"").append(card.name()).append('"');
        sb.append(", lines ").append(card.line()).append('–').append(card.endLine());
        if (card.target()) sb.append("\nBuild target");
        else if (!card.needed()) sb.append("\nNot needed by the target (BuildKit skips it)");
        return sb.append("\nClick to select in the editor; right-click to edit").toString();
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(0);
        return l;
    }
}
