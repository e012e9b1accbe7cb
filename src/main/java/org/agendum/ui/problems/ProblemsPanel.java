package org.agendum.ui.problems;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agendum.ui.common.GoToCell;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.PanelHeader;
import org.agendum.validation.Problem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The meeting's validation problems (id {@code problemsPanel}), errors first, each with its severity icon. A click
 * on a problem, or Enter, goes to it: the window selects its item, and the right pane's navigator shows its field.
 */
public final class ProblemsPanel extends VBox {
    private final ListView<Problem> list = new ListView<>();
    private final Label count = new Label();

    public ProblemsPanel(MeetingViewModel viewModel, Consumer<Problem> goTo, Runnable close) {
        setId("problemsPanel");
        getStyleClass().add("problems-panel");
        count.setId("problemCount");
        count.getStyleClass().add("problems-count");
        HBox header = PanelHeader.of("Problems", "hideProblems", "Hide the problems", close, count);

        list.setId("problemList");
        list.getStyleClass().add("problem-list");
        list.setPlaceholder(placeholder());
        list.setCellFactory(view -> new ProblemCell(goTo));
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                goTo.accept(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);

        viewModel.problemsProperty().addListener((obs, old, problems) -> show(problems));
        show(viewModel.problems());
    }

    private static Label placeholder() {
        Label none = new Label("No problems found.", new FontIcon(Material2OutlinedAL.CHECK_CIRCLE_OUTLINE));
        none.getStyleClass().add("no-problems");
        return none;
    }

    private void show(List<Problem> problems) {
        // errors first, each group in the validator's (document) order
        List<Problem> sorted = problems.stream()
                .sorted(Comparator.comparing(p -> p.severity() == Problem.Severity.ERROR ? 0 : 1)).toList();
        list.getItems().setAll(sorted);
        count.setText(problems.isEmpty() ? "" : Integer.toString(problems.size()));
    }

    public ListView<Problem> list() {
        return list;
    }

    /** One problem: its icon and its message; a click goes to it. */
    private static final class ProblemCell extends GoToCell<Problem> {
        private final FontIcon icon = new FontIcon();

        ProblemCell(Consumer<Problem> goTo) {
            super("problem-cell", goTo);
        }

        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            getStyleClass().removeAll("error", "warning");
            if (empty || problem == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean error = problem.severity() == Problem.Severity.ERROR;
            icon.setIconCode(error ? Material2OutlinedAL.ERROR_OUTLINE : Material2OutlinedMZ.WARNING);
            icon.getStyleClass().setAll("ikonli-font-icon", "problem-icon");
            getStyleClass().add(error ? "error" : "warning");
            setGraphic(icon);
            setText(problem.message());
        }
    }
}
