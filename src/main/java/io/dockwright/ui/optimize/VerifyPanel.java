package io.dockwright.ui.optimize;

import io.dockwright.optimize.verification.Outcome;
import io.dockwright.ui.Panels;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Optimize page's verification panel: the status (unverified, verifying, verified, differs, not verified),
 * Verify and Cancel, and the checks with their findings; choosing a finding that names a Dockerfile line selects it.
 */
final class VerifyPanel {
    private final VerifyViewModel vm;
    private final VBox node;

    VerifyPanel(VerifyViewModel vm) {
        this.vm = vm;
        Button verify = new Button("Verify", new FontIcon(MaterialDesignS.SHIELD_CHECK_OUTLINE));
        verify.setId("optimize-verify");
        verify.setTooltip(new Tooltip("Build the original and the optimized Dockerfile, run both, and compare what they do"));
        verify.disableProperty().bind(vm.runningProperty());
        verify.setOnAction(e -> vm.verify());
        Button cancel = new Button("Cancel", new FontIcon(MaterialDesignC.CLOSE));
        cancel.setId("optimize-verify-cancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.setId("optimize-verify-status");
        status.getStyleClass().add("verify-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.statusProperty().get()
                + (vm.progressProperty().get().isEmpty() ? "" : "\n" + vm.progressProperty().get()), vm.statusProperty(), vm.progressProperty()));
        status.graphicProperty().bind(Bindings.createObjectBinding(() -> icon(vm.outcomeProperty().get(), vm.runningProperty().get()),
                vm.outcomeProperty(), vm.runningProperty()));
        vm.outcomeProperty().addListener((o, was, now) -> {
            status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("differs"), now == Outcome.DIFFERS);
            status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("verified"), now == Outcome.EQUIVALENT);
        });
        ListView<VerifyRow> rows = new ListView<>(vm.rows());
        rows.setId("optimize-verify-rows");
        rows.getStyleClass().add("verify-rows");
        Label none = new Label("No verdict yet.");
        none.getStyleClass().add("placeholder-hint");
        rows.setPlaceholder(none);
        rows.setCellFactory(l -> new RowCell());
        rows.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> vm.select(row));
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox body = new VBox(6, new javafx.scene.layout.HBox(6, verify, cancel), status, rows);
        body.getStyleClass().add("verify-body");
        node = Panels.panel("VERIFICATION", body);
    }

    private static Node icon(Outcome outcome, boolean running) {
        Ikon i = running ? MaterialDesignH.HAMMER_WRENCH : outcome == null ? MaterialDesignH.HELP_CIRCLE_OUTLINE
                : switch (outcome) {
                    case EQUIVALENT -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
                    case DIFFERS -> MaterialDesignC.CLOSE_CIRCLE_OUTLINE;
                    case NOT_CHECKED -> MaterialDesignA.ALERT_OUTLINE;
                };
        return new FontIcon(i);
    }

    Node node() {
        return node;
    }

    /** A check row in bold with its outcome's icon, a finding indented; the detail (what ran, the note) as tooltip and second line. */
    private static final class RowCell extends ListCell<VerifyRow> {
        RowCell() {
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(VerifyRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("verify-check", "verify-finding");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean check = row.kind().ordinal() <= VerifyRow.Kind.NOT_CHECKED.ordinal();
            getStyleClass().add(check ? "verify-check" : "verify-finding");
            String line = row.originalLine() > 0 ? " (original line " + row.originalLine() + ")"
                    : row.optimizedLine() > 0 ? " (optimized line " + row.optimizedLine() + ")" : "";
            setText(row.text() + line + (check || row.detail().isEmpty() ? "" : "\n" + row.detail()));
            setGraphic(new FontIcon(switch (row.kind()) {
                case EQUIVALENT -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
                case DIFFERS, DIFFERENCE -> MaterialDesignC.CLOSE_CIRCLE_OUTLINE;
                case NOT_CHECKED -> MaterialDesignA.ALERT_OUTLINE;
                case INTENDED -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
                case NOTE -> MaterialDesignI.INFORMATION_OUTLINE;
            }));
            setTooltip(row.detail().isEmpty() ? null : new Tooltip(row.detail()));
        }
    }
}
