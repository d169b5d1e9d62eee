package io.dockwright.ui.prefs;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/** The editable runtime-base table of the Preferences dialog, with add/remove/move, reset and a try-it field. */
final class RuntimeBasesPane {
    private final PreferencesViewModel vm;
    private final TableView<RuleRow> table = new TableView<>();

    RuntimeBasesPane(PreferencesViewModel vm) {
        this.vm = vm;
        table.setId("runtime-bases-table");
        table.setItems(vm.rules());
        table.setEditable(true);
        table.getStyleClass().add("dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RuleRow, String> match = column("Builder image pattern", 230, RuleRow::matchProperty);
        match.setCellFactory(editableWhen(RuleRow::added));
        TableColumn<RuleRow, String> runtime = column("Runtime image", 260, RuleRow::runtimeProperty);
        runtime.setCellFactory(editableWhen(r -> true));
        TableColumn<RuleRow, String> stack = column("Stack", 80, RuleRow::stackProperty);
        stack.setCellFactory(editableWhen(r -> true));
        stack.setMinWidth(70);
        TableColumn<RuleRow, String> origin = new TableColumn<>("Origin");
        origin.setCellValueFactory(c -> c.getValue().originProperty());
        origin.setEditable(false);
        origin.setPrefWidth(90);
        origin.setMinWidth(80);
        table.getColumns().setAll(java.util.List.of(match, runtime, stack, origin));
        table.setRowFactory(t -> {
            TableRow<RuleRow> row = new TableRow<>();
            row.itemProperty().addListener((o, was, item) -> {
                row.getStyleClass().removeAll("rule-user");
                if (item != null && item.added()) row.getStyleClass().add("rule-user");
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static TableColumn<RuleRow, String> column(String title, double width,
                                                       java.util.function.Function<RuleRow, javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<RuleRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setPrefWidth(width);
        c.setOnEditCommit(e -> ((javafx.beans.property.StringProperty) value.apply(e.getRowValue())).set(e.getNewValue()));
        return c;
    }

    /** Text cells that are editable only for rows passing {@code editable}. */
    private static Callback<TableColumn<RuleRow, String>, javafx.scene.control.TableCell<RuleRow, String>> editableWhen(
            java.util.function.Predicate<RuleRow> editable) {
        return col -> new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                RuleRow row = getTableRow() == null ? null : getTableRow().getItem();
                setEditable(row != null && editable.test(row));
                getStyleClass().remove("rule-fixed");
                if (row != null && !editable.test(row)) getStyleClass().add("rule-fixed");
            }
        };
    }

    Node node() {
        Label intro = PreferencesDialog.hint("The optimizer moves a build onto the runtime image of the first rule that "
                + "matches its base image. * matches any text; $1, $2 insert what the stars matched. Rules you add come first. "
                + "An empty runtime marks an image that already is one. Double-click a cell to edit it.");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Button add = button("Add rule", "rule-add", () -> {
            RuleRow row = vm.addRule();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.edit(table.getItems().indexOf(row), table.getColumns().get(0));
        });
        var selected = table.getSelectionModel().selectedItemProperty();
        Button remove = button("Remove / revert", "rule-remove", () -> vm.removeOrRevert(selected.get()));
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().userRule(),
                selected, vm.rules()));
        Button up = button("Move up", "rule-up", () -> moveSelected(-1));
        Button down = button("Move down", "rule-down", () -> moveSelected(1));
        for (Button b : new Button[] {up, down}) {
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().added(), selected));
        }
        Button reset = button("Reset to defaults", "rule-reset", vm::resetRules);
        reset.setTooltip(new Tooltip("Drop every rule you added or changed"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, add, remove, up, down, gap, reset);
        buttons.setAlignment(Pos.CENTER_LEFT);
        TextField tryImage = new TextField();
        tryImage.setId("rule-try");
        tryImage.setPromptText("an image, e.g. python:3.12");
        tryImage.setPrefColumnCount(18);
        tryImage.textProperty().bindBidirectional(vm.tryImageProperty());
        Label result = new Label();
        result.setId("rule-try-result");
        result.getStyleClass().add("pref-try-result");
        result.textProperty().bind(vm.tryResultProperty());
        result.setMinWidth(0);
        Label tryLabel = new Label("Try an image:");
        tryLabel.setMinWidth(Region.USE_PREF_SIZE);
        tryImage.setMinWidth(Region.USE_PREF_SIZE);
        HBox tryRow = new HBox(8, tryLabel, tryImage, result);
        tryRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, intro, buttons, table, tryRow);
        box.setPadding(new Insets(12));
        return box;
    }

    private void moveSelected(int delta) {
        RuleRow row = table.getSelectionModel().getSelectedItem();
        vm.move(row, delta);
        table.getSelectionModel().select(row);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
