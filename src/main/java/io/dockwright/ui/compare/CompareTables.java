package io.dockwright.ui.compare;

import io.dockwright.engine.images.ByteUnits;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The page's plain tables: each variant's layers (a click shows the line), the wasted paths, the package diff. */
final class CompareTables {
    private CompareTables() {}

    static TableView<LayerRow> layers(String id, ObservableList<LayerRow> rows, Consumer<LayerRow> activate) {
        TableView<LayerRow> t = table(id, rows, "Not built yet.");
        t.getColumns().add(bytes("Size", LayerRow::sizeBytes));
        TableColumn<LayerRow, String> wasted = column("Wasted", r -> r.wastedBytes() < 0 ? "…" : r.wastedBytes() == 0 ? "" : human(r.wastedBytes()));
        right(wasted, 80);
        t.getColumns().add(wasted);
        TableColumn<LayerRow, String> line = column("Line", r -> r.base() ? "base" : r.line() > 0 ? String.valueOf(r.line()) : "");
        right(line, 50);
        t.getColumns().add(line);
        TableColumn<LayerRow, String> what = column("Instruction", r -> r.base()
                ? "base image (" + r.baseLayers() + (r.baseLayers() == 1 ? " layer)" : " layers)") : oneLine(r.instruction()));
        what.setPrefWidth(260);
        t.getColumns().add(what);
        t.setRowFactory(v -> {
            TableRow<LayerRow> row = new TableRow<>() {
                @Override
                protected void updateItem(LayerRow r, boolean empty) {
                    super.updateItem(r, empty);
                    setTooltip(empty || r == null ? null : new Tooltip(r.describe()));
                    getStyleClass().remove("layer-row-linked");
                    if (!empty && r != null && r.line() > 0) getStyleClass().add("layer-row-linked");
                }
            };
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) activate.accept(row.getItem());
            });
            return row;
        });
        return t;
    }

    static TableView<WastedRow> wasted(ObservableList<WastedRow> rows) {
        TableView<WastedRow> t = table("compare-wasted", rows, "Nothing wasted: no layer hides bytes of another.");
        t.getColumns().add(column("Image", WastedRow::variant));
        t.getColumns().add(bytes("Wasted", WastedRow::wastedBytes));
        TableColumn<WastedRow, String> writes = column("Writes", r -> String.valueOf(r.writes()));
        right(writes, 60);
        t.getColumns().add(writes);
        t.getColumns().add(column("Layers", WastedRow::layers));
        TableColumn<WastedRow, String> path = column("Path", r -> r.path() + (r.removed() ? "  (removed)" : ""));
        path.setPrefWidth(340);
        t.getColumns().add(path);
        return t;
    }

    static TableView<PackageRow> packages(ObservableList<PackageRow> rows) {
        TableView<PackageRow> t = table("compare-packages", rows, "No package differs (dpkg, apk, Python, npm).");
        t.getColumns().add(column("Change", PackageRow::change));
        t.getColumns().add(column("Manager", PackageRow::manager));
        TableColumn<PackageRow, String> name = column("Package", PackageRow::name);
        name.setPrefWidth(180);
        t.getColumns().add(name);
        t.getColumns().add(column("Original", PackageRow::versionOriginal));
        t.getColumns().add(column("Optimized", PackageRow::versionOptimized));
        t.getColumns().add(bytes("Bytes", r -> Math.max(r.bytesOriginal(), r.bytesOptimized())));
        return t;
    }

    private static <R> TableView<R> table(String id, ObservableList<R> rows, String empty) {
        TableView<R> t = new TableView<>(rows);
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(empty);
        placeholder.setWrapText(true);
        t.setPlaceholder(placeholder);
        return t;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    /** Shown in decimal units, sorted by the bytes themselves. */
    private static <R> TableColumn<R, Long> bytes(String title, java.util.function.ToLongFunction<R> value) {
        TableColumn<R, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.applyAsLong(f.getValue())));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(Long v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : human(v));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(85);
        c.setMinWidth(70);
        return c;
    }

    private static void right(TableColumn<?, ?> c, double width) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 50));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    private static String human(long bytes) {
        return ByteUnits.human(bytes);
    }

}
