package io.dockwright.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application (placeholder window until the workbench lands). */
public final class DockwrightApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(DockwrightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Dockwright");
        stage.setScene(new Scene(new Label("Open a Dockerfile to start"), 900, 600));
        stage.show();
    }
}
