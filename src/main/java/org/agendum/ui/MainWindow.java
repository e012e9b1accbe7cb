package org.agendum.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;

/**
 * The main window of one meeting: the agenda tree on the left, the selected item on the right, the status
 * bar below. It shows what the command stack holds and follows every change announced on it.
 */
public final class MainWindow {
    static final double WIDTH = 1200;
    static final double HEIGHT = 800;
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;
    static final double TREE_SHARE = 0.3;
    static final String STYLESHEET = "agendum.css";

    private final MeetingViewModel viewModel;
    private final BorderPane root;
    private final SplitPane split;

    private MainWindow(CommandStack stack, Consumer<String> openLink) {
        viewModel = new MeetingViewModel(stack);
        AgendaTreeView tree = new AgendaTreeView(viewModel);
        ItemView item = new ItemView(viewModel, openLink);
        split = new SplitPane(tree, item);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(tree, false);
        root = new BorderPane(split);
        root.setBottom(new StatusBar(viewModel));
        root.getStyleClass().add("main-window");
    }

    /** Builds the window for the meeting on {@code stack} into {@code stage} and shows it. */
    public static MainWindow show(Stage stage, CommandStack stack, Consumer<String> openLink) {
        Objects.requireNonNull(stage, "stage");
        MainWindow window = new MainWindow(Objects.requireNonNull(stack, "stack"), Objects.requireNonNull(openLink));
        // 1200 × 800, or less on a small or highly scaled screen, so that the whole window is visible
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WIDTH, screen.getWidth());
        double height = Math.min(HEIGHT, screen.getHeight());
        // the scene starts at full size so that the divider lands at its share of it; after that the tree
        // keeps its width and the item view takes up what the window gains or loses
        Scene scene = new Scene(window.root, width, height);
        scene.getStylesheets().add(stylesheet());
        window.split.setDividerPositions(TREE_SHARE);
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.all());
        stage.titleProperty().bind(window.viewModel.windowTitleProperty());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setOnHidden(event -> window.viewModel.dispose());
        stage.show();
        stage.centerOnScreen();
        return window;
    }

    public MeetingViewModel viewModel() {
        return viewModel;
    }

    static String stylesheet() {
        return Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
    }
}
