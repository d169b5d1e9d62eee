package io.dockwright.ui.optimize;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A change in the list: an accept checkbox with the title, its kind, the reason, the effect and the original lines. */
final class ChangeCell extends ListCell<ChangeItem> {
    private final OptimizeViewModel vm;
    private final CheckBox accept = new CheckBox();
    private final Label kind = new Label();
    private final Label reason = new Label();
    private final Label effect = new Label();
    private final Label lines = new Label();
    private final VBox box;
    private final BooleanSupplier confirmDiscard;

    /** {@code confirmDiscard} asks the user whether hand edits to the optimized text may be replaced. */
    ChangeCell(OptimizeViewModel vm, BooleanSupplier confirmDiscard) {
        this.vm = vm;
        this.confirmDiscard = confirmDiscard;
        accept.getStyleClass().add("change-title");
        accept.setWrapText(true);
        accept.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(accept, Priority.ALWAYS);
        kind.getStyleClass().add("change-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        reason.getStyleClass().add("change-reason");
        effect.getStyleClass().add("change-effect");
        lines.getStyleClass().add("change-lines");
        for (Label l : new Label[] {reason, effect}) l.setWrapText(true);
        box = new VBox(3, new HBox(8, accept, kind), reason, effect, lines);
        box.getStyleClass().add("change-box");
        accept.setOnAction(e -> {
            if (getItem() == null) return;
            if (vm.toggleDiscardsEdits(getItem().change(), accept.isSelected()) && !confirmDiscard.getAsBoolean()) {
                accept.setSelected(!accept.isSelected()); // cancelled: the checkbox and the text stay as they were
                return;
            }
            vm.setAccepted(getItem().change(), accept.isSelected());
        });
        setPrefWidth(0); // wrap to the list's width instead of widening it
        // The title row shrinks the title to what the badge leaves, and asks its height at that width. (A title
        // width bound to the badge's laid-out width was stale in a new cell: a title needing three lines got two.)
        accept.setMinWidth(0);
        box.setMinWidth(0);
    }

    /** As tall as the wrapped texts at the list's width (the default asks the box without a width: one line each). */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || getListView() == null) return super.computePrefHeight(width);
        double w = getListView().getWidth() - 20 - snappedLeftInset() - snappedRightInset();
        return box.prefHeight(w) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void updateItem(ChangeItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        accept.setText(item.change().title());
        accept.setSelected(item.accepted());
        accept.setId("accept-" + item.change().id());
        kind.setText(item.change().kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        reason.setText(item.change().reason());
        effect.setText("Effect: " + item.change().effect());
        lines.setText(item.linesLabel() + (item.partOfAnother() ? " · goes with the " + item.change().decision() + " change" : ""));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("rejected"), !item.accepted());
        setGraphic(box);
    }
}
