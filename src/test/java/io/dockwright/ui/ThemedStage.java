package io.dockwright.ui;

import io.dockwright.app.ThemeManager;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Shows a view as the app does: the theme's user-agent stylesheet and the app's stylesheet are in place and the
 * scene is shown before the view joins it, so its looked-up colours resolve (no CSS warnings).
 */
public final class ThemedStage {
    private ThemedStage() {}

    public static Scene show(Stage stage, Parent view, double width, double height, boolean dark) {
        StackPane root = new StackPane();
        Scene scene = new Scene(root, width, height);
        new ThemeManager(dark).install(scene);
        stage.setScene(scene);
        stage.show();
        root.getChildren().setAll(view);
        return scene;
    }
}
