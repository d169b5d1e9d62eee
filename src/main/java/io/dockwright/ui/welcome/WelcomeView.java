package io.dockwright.ui.welcome;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * The welcome page: a header, then Start (New, Open…) and Recent on the left, the examples on the right (one
 * above the other in a narrow window),
 * and the engine card below ({@link EngineCard}). Everything is styled through {@code .welcome*} classes.
 */
public final class WelcomeView {
    /** The page width from which Start/Recent and the examples sit side by side (both columns near their widths). */
    public static final double TWO_COLUMNS = 960;
    private final WelcomeViewModel vm;
    private final ScrollPane root;
    private final VBox recentList = new VBox(2);
    private final VBox exampleList = new VBox(10);

    /** {@code logo} is the application icon shown in the header. */
    public WelcomeView(WelcomeViewModel vm, Node logo) {
        this.vm = vm;
        Label title = new Label("Dockwright");
        title.getStyleClass().add("welcome-title");
        Label tagline = new Label("Turn a fat Dockerfile into a lean multi-stage one, and prove the gain with real builds.");
        tagline.getStyleClass().add("welcome-tagline");
        tagline.setWrapText(true);
        Button back = new Button("Back to the editor");
        back.setId("welcome-back");
        back.visibleProperty().bind(vm.returnableProperty());
        back.managedProperty().bind(vm.returnableProperty());
        back.setOnAction(e -> vm.back());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(16, logo, new VBox(2, title, tagline), gap, back);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox left = new VBox(18, card("Start", start()), card("Recent", recentList));
        VBox right = new VBox(18, card("Open an example", exampleList));
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(420);
        right.setPrefWidth(520);
        VBox columns = new VBox();

        VBox page = new VBox(20, header, notice(), columns, card("Docker engine", new EngineCard(vm).node()));
        page.getStyleClass().add("welcome-page");
        page.setMaxWidth(1080);
        StackPane centered = new StackPane(page);
        StackPane.setAlignment(page, Pos.TOP_CENTER);
        centered.getStyleClass().add("welcome");
        root = new ScrollPane(centered);
        root.setId("welcome-view");
        root.getStyleClass().add("welcome-scroll");
        root.setFitToWidth(true);
        // side by side when there is room for both columns, one above the other in a narrow window
        HBox wide = new HBox(18);
        VBox narrow = new VBox(18);
        root.widthProperty().addListener((o, was, width) -> arrange(width.doubleValue() >= TWO_COLUMNS ? wide : narrow, columns, left, right));
        arrange(wide, columns, left, right);

        vm.recent().addListener((ListChangeListener<WelcomeViewModel.RecentEntry>) c -> fillRecent());
        vm.examples().addListener((ListChangeListener<WelcomeViewModel.ExampleEntry>) c -> fillExamples());
        fillRecent();
        fillExamples();
    }

    private static void arrange(Pane layout, VBox columns, Node left, Node right) {
        if (columns.getChildren().contains(layout)) return;
        layout.getChildren().setAll(left, right);
        columns.getChildren().setAll(layout);
    }

    private Node notice() {
        Label text = new Label();
        text.setId("welcome-notice");
        text.setWrapText(true);
        text.textProperty().bind(vm.noticeProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("Dismiss");
        close.setId("welcome-notice-dismiss");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> vm.noticeProperty().set(null));
        HBox bar = new HBox(10, new FontIcon(MaterialDesignI.INFORMATION_OUTLINE), text, close);
        bar.getStyleClass().addAll("info-bar", "welcome-notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(vm.noticeProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node start() {
        Button create = action("New Dockerfile", MaterialDesignF.FILE_PLUS_OUTLINE, "welcome-new", vm::newFile);
        Button open = action("Open…", MaterialDesignF.FOLDER_OPEN_OUTLINE, "welcome-open", vm::openOther);
        Button prefs = action("Preferences…", MaterialDesignC.COG_OUTLINE, "welcome-preferences", vm::preferences);
        FlowPane row = new FlowPane(10, 10, create, open, prefs);
        Label hint = new Label("Or drop a Dockerfile onto this window.");
        hint.getStyleClass().add("welcome-muted");
        hint.setWrapText(true);
        return new VBox(10, row, hint);
    }

    private void fillRecent() {
        recentList.getChildren().clear();
        if (vm.recent().isEmpty()) {
            Label none = new Label("No recent files yet. Files you open appear here.");
            none.getStyleClass().add("welcome-muted");
            none.setWrapText(true);
            recentList.getChildren().add(none);
        }
        for (WelcomeViewModel.RecentEntry entry : vm.recent()) recentList.getChildren().add(recentRow(entry));
        Label message = new Label();
        message.setId("welcome-message");
        message.getStyleClass().add("welcome-warning");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        recentList.getChildren().add(message);
    }

    private Node recentRow(WelcomeViewModel.RecentEntry entry) {
        Hyperlink name = new Hyperlink(entry.name());
        name.getStyleClass().add("welcome-link");
        name.setOnAction(e -> vm.open(entry));
        name.setTooltip(new Tooltip(entry.path().toString()));
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label folder = new Label(entry.folder());
        folder.getStyleClass().add("welcome-path");
        folder.setMinWidth(0);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folder.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE), name, folder);
        row.getStyleClass().add("welcome-recent");
        row.setAlignment(Pos.CENTER_LEFT);
        if (!entry.exists()) {
            row.getStyleClass().add("missing");
            Label missing = new Label("missing");
            missing.getStyleClass().add("welcome-badge");
            missing.setMinWidth(Region.USE_PREF_SIZE);
            Button remove = new Button("Remove");
            remove.getStyleClass().addAll("small", "welcome-remove");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setOnAction(e -> vm.remove(entry));
            row.getChildren().addAll(missing, remove);
        }
        return row;
    }

    private void fillExamples() {
        exampleList.getChildren().clear();
        if (vm.examples().isEmpty()) {
            Label none = new Label("No examples are bundled with this build.");
            none.getStyleClass().add("welcome-muted");
            exampleList.getChildren().add(none);
        }
        for (WelcomeViewModel.ExampleEntry ex : vm.examples()) {
            Label name = new Label(ex.name());
            name.getStyleClass().add("welcome-example-name");
            Label description = new Label(ex.description());
            description.getStyleClass().add("welcome-muted");
            description.setWrapText(true);
            description.setVisible(!ex.description().isEmpty());
            description.setManaged(description.isVisible());
            HBox files = new HBox(4);
            for (String df : ex.dockerfiles()) {
                Hyperlink link = new Hyperlink(df);
                link.setId("welcome-example-" + ex.name() + "-" + df.replaceAll("[^A-Za-z0-9]+", "-"));
                link.getStyleClass().add("welcome-link");
                link.setOnAction(e -> vm.openExample(ex, df));
                files.getChildren().add(link);
            }
            exampleList.getChildren().add(new VBox(2, name, description, files));
        }
    }

    static VBox card(String title, Node content) {
        Label t = new Label(title);
        t.getStyleClass().add("welcome-card-title");
        VBox box = new VBox(10, t, content);
        box.getStyleClass().add("welcome-card");
        return box;
    }

    static Button action(String text, Ikon icon, String id, Runnable run) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> run.run());
        return b;
    }

    public Node node() { return root; }
}
