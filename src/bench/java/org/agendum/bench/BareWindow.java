package org.agendum.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.agendum.ui.window.StartupProbe;

/**
 * The peer of Agendum's launch: a bare JavaFX window of the same size with one label, started the same way (JavaFX
 * on the class path, GTK) and timed by the same probe ({@code -Dagendum.startupProbe=FILE}).
 */
public final class BareWindow {
    private BareWindow() {
    }

    /** Not the Application itself: the java launcher refuses an Application main class when JavaFX is on the class path. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare JavaFX window");
            stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 1200, 800));
            stage.show();
            StartupProbe.watch(stage);
        }
    }
}
