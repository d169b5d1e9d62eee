package io.dockwright.ui.graph;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/**
 * The build target: "last stage" (no {@code --target}) or one of the named stages. Reads and writes the
 * view model's target; shows which stage the default resolves to.
 */
final class TargetSelector extends ComboBox<String> {
    static final String LAST = "";

    private final GraphViewModel vm;
    private boolean updating;

    TargetSelector(GraphViewModel vm) {
        this.vm = vm;
        setId("graph-target");
        getStyleClass().add("target-selector");
        setTooltip(new Tooltip("--target: the stage the build stops at"));
        setCellFactory(list -> new Cell());
        setButtonCell(new Cell());
        vm.targets().addListener((ListChangeListener<String>) c -> refresh());
        vm.targetProperty().addListener((obs, old, now) -> refresh());
        vm.effectiveTargetProperty().addListener((obs, old, now) -> refresh());
        valueProperty().addListener((obs, old, now) -> {
            if (updating || now == null) return;
            vm.setTarget(now.equals(LAST) ? null : now);
        });
        refresh();
    }

    private void refresh() {
        updating = true;
        try {
            java.util.List<String> items = new java.util.ArrayList<>(java.util.List.of(LAST));
            items.addAll(vm.targets());
            if (!getItems().equals(items)) getItems().setAll(items);
            String chosen = vm.buildOptions().targetOrNull();
            String match = chosen == null ? null
                    : vm.targets().stream().filter(chosen::equalsIgnoreCase).findFirst().orElse(null);
            setValue(match == null ? LAST : match);
            // the button cell caches its text: force it to show the current default
            setButtonCell(new Cell());
        } finally {
            updating = false;
        }
    }

    private final class Cell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.equals(LAST)) {
                String resolved = vm.effectiveTargetProperty().get();
                setText("last stage" + (resolved == null || vm.buildOptions().targetOrNull() != null ? "" : " (" + resolved + ")"));
            } else {
                setText(item);
            }
        }
    }
}
