package io.dockwright.ui.graph;

import io.dockwright.ui.graph.GraphLayout.StageCard;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;

/** The context menu of a stage card: the visual edits, each asking for its input in a small dialog. */
final class CardMenu implements GraphCanvas.CardMenus {
    private final GraphViewModel vm;

    CardMenu(GraphViewModel vm) {
        this.vm = vm;
    }

    @Override
    public ContextMenu menuFor(StageCard card) {
        MenuItem rename = item("Rename stage…", () -> ask("Rename stage", "New name for stage " + card.label() + ":",
                card.name() != null ? card.name() : "").flatMap(name -> vm.renameStage(card.index(), name)));
        MenuItem base = item("Change base image…", () -> ask("Change base image", "Base image of stage " + card.label() + ":",
                card.base() != null ? card.base() : "").flatMap(image -> vm.changeBase(card.index(), image)));
        MenuItem target = item("Set as build target", () -> {
            vm.setTarget(card.name());
            return Optional.empty();
        });
        target.setDisable(card.target() || card.name() == null);
        MenuItem add = item("Add stage after…", () -> ask("Add stage", "Base image of the new stage (it will be named "
                + vm.proposeStageName() + "):", card.base() != null ? card.base() : "scratch")
                .flatMap(image -> vm.addStageAfter(card.index(), image, vm.proposeStageName())));
        MenuItem remove = item("Remove stage", () -> vm.removeStage(card.index()));
        remove.setDisable(card.target());
        return new ContextMenu(rename, base, target, new SeparatorMenuItem(), add, remove);
    }

    /** A menu item whose action may produce an error message to show. */
    private static MenuItem item(String text, Supplier<Optional<String>> action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.get().ifPresent(CardMenu::showError));
        return item;
    }

    private static Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait();
    }

    private static void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.setHeaderText("This edit cannot be made");
        alert.show();
    }
}
