package io.dockwright.ui.welcome;

import io.dockwright.engine.discovery.EngineDiscovery;
import io.dockwright.ui.build.EngineViewModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The engine part of the welcome page: who answered, or (when none did) every place discovery tried and how
 * to get an engine on this system, with the other systems folded away.
 */
final class EngineCard {
    private final WelcomeViewModel vm;
    private final EngineViewModel engine;
    private final VBox attempts = new VBox(2);

    EngineCard(WelcomeViewModel vm) {
        this.vm = vm;
        this.engine = vm.engine();
    }

    Node node() {
        FontIcon icon = new FontIcon(MaterialDesignD.DOCKER);
        icon.getStyleClass().add("welcome-engine-icon");
        Label summary = new Label();
        summary.setId("welcome-engine-summary");
        summary.getStyleClass().add("welcome-engine-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(engine.summaryProperty());
        engine.stateProperty().addListener((o, was, s) -> mark(summary, s));
        mark(summary, engine.stateProperty().get());
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        Button check = WelcomeView.action("Check again", MaterialDesignR.REFRESH, "welcome-engine-check", vm::checkEngine);
        Button settings = WelcomeView.action("Engine settings…", MaterialDesignC.COG_OUTLINE, "welcome-engine-settings", vm::preferences);
        HBox status = new HBox(10, icon, summary, check, settings);
        status.setAlignment(Pos.CENTER_LEFT);
        Label where = new Label();
        where.getStyleClass().add("welcome-muted");
        where.textProperty().bind(engine.detailsProperty());
        where.visibleProperty().bind(engine.stateProperty().isEqualTo(EngineViewModel.State.CONNECTED));
        where.managedProperty().bind(where.visibleProperty());
        Label skipped = new Label(); // an endpoint the user set (DOCKER_HOST=ssh://...) that discovery had to pass over
        skipped.setId("welcome-engine-skipped");
        skipped.getStyleClass().addAll("welcome-attempt", "engine-bad");
        skipped.setWrapText(true);
        skipped.textProperty().bind(engine.skippedProperty());
        skipped.visibleProperty().bind(engine.stateProperty().isEqualTo(EngineViewModel.State.CONNECTED)
                .and(engine.skippedProperty().isNotEmpty()));
        skipped.managedProperty().bind(skipped.visibleProperty());

        String system = vm.engineHelp().isEmpty() ? "" : " on " + vm.engineHelp().get(0).system();
        VBox help = new VBox(12, subtitle("Where Dockwright looked"), attempts, subtitle("How to get an engine" + system), howTo());
        help.setId("welcome-engine-help");
        help.visibleProperty().bind(engine.stateProperty().isEqualTo(EngineViewModel.State.UNAVAILABLE)
                .or(engine.stateProperty().isEqualTo(EngineViewModel.State.LOST)));
        help.managedProperty().bind(help.visibleProperty());
        engine.attempts().addListener((ListChangeListener<EngineDiscovery.Attempt>) c -> fillAttempts());
        fillAttempts();
        return new VBox(10, status, where, skipped, help);
    }

    private static void mark(Label summary, EngineViewModel.State s) {
        summary.getStyleClass().removeAll("engine-ok", "engine-bad");
        if (s == EngineViewModel.State.CONNECTED) summary.getStyleClass().add("engine-ok");
        else if (s == EngineViewModel.State.UNAVAILABLE || s == EngineViewModel.State.LOST) summary.getStyleClass().add("engine-bad");
    }

    private void fillAttempts() {
        attempts.getChildren().clear();
        for (EngineDiscovery.Attempt a : engine.attempts()) {
            Label where = new Label(a.locator());
            where.getStyleClass().add("welcome-attempt-locator");
            where.setMinWidth(130);
            Label what = new Label((a.endpoint() == null ? "" : a.endpoint().uri() + ": ") + a.outcome());
            what.getStyleClass().add("welcome-attempt");
            if (a.unusable()) what.getStyleClass().add("engine-bad");
            what.setWrapText(true);
            attempts.getChildren().add(new HBox(8, where, what));
        }
    }

    private Node howTo() {
        List<EngineHelp.Option> options = vm.engineHelp();
        FlowPane mine = new FlowPane(12, 12);
        mine.setRowValignment(javafx.geometry.VPos.TOP);
        VBox others = new VBox(12);
        Set<String> otherSystems = new LinkedHashSet<>();
        for (EngineHelp.Option o : options) {
            if (o.mine()) {
                mine.getChildren().add(option(o, o.title()));
            } else {
                others.getChildren().add(option(o, o.system() + ": " + o.title()));
                otherSystems.add(o.system());
            }
        }
        TitledPane fold = new TitledPane("On " + String.join(" and ", otherSystems), others);
        fold.setExpanded(false);
        fold.getStyleClass().add("welcome-other-systems");
        return new VBox(12, mine, fold);
    }

    private static Node option(EngineHelp.Option o, String heading) {
        Label title = new Label(heading);
        title.getStyleClass().add("welcome-option-title");
        title.setWrapText(true);
        VBox box = new VBox(6, title);
        for (EngineHelp.Step s : o.steps()) {
            Label text = new Label(s.text());
            text.setWrapText(true);
            text.getStyleClass().add("welcome-step");
            box.getChildren().add(text);
            if (s.command() != null) box.getChildren().add(command(s.command()));
        }
        box.getStyleClass().add("welcome-option");
        box.setPrefWidth(330);
        return box;
    }

    /** A command the user can select or copy (never run by Dockwright). */
    private static Node command(String text) {
        Label field = new Label(text);
        field.setWrapText(true);
        field.getStyleClass().add("welcome-command");
        field.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button(null, new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.getStyleClass().addAll("flat", "welcome-copy");
        copy.setTooltip(new Tooltip("Copy"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox row = new HBox(4, field, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label subtitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("welcome-subtitle");
        return l;
    }
}
