package org.agendum.ui.importing;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agendum.gesture.UnplacedText;
import org.agendum.importing.recognize.ImportReport;
import org.agendum.importing.recognize.ReportEntry;
import org.agendum.model.Meeting;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.PanelHeader;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The report of the last import (id {@code importReportPanel}), below the work area: its summary, then one line per
 * part of the document (recognized, guessed, not placed), in the document's order, with a filter for what needs the
 * officer (guesses, text not placed). A click or Enter on a line selects the item it went to. A paragraph that was
 * not placed has "Add to Annotation", which takes it, with its formatting, into the selected item's annotation as
 * one undoable step; once there the line says so (an undo gives it back).
 */
public final class ImportReportPanel extends VBox {
    private final ListView<ReportEntry> list = new ListView<>();
    private final Label summary = new Label();
    private final ToggleGroup filter = new ToggleGroup();
    private final ToggleButton all = filterButton("All", "reportShowAll");
    private final ToggleButton toCheck = filterButton("To check", "reportShowToCheck");
    private final MeetingViewModel viewModel;
    private final UnplacedText unplaced;
    private ImportReport report;
    /** The annotation paragraphs' texts of the meeting last shown, to mark the unplaced texts already taken. */
    private Set<String> annotationTexts = Set.of();

    public ImportReportPanel(MeetingViewModel viewModel, UnplacedText unplaced, Runnable close) {
        this.viewModel = viewModel;
        this.unplaced = unplaced;
        setId("importReportPanel");
        getStyleClass().addAll("problems-panel", "import-report");
        summary.setId("importSummary");
        summary.getStyleClass().add("problems-count");
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        all.setSelected(true);
        toCheck.setTooltip(new Tooltip("Only what was guessed or not placed"));
        HBox filters = new HBox(all, toCheck);
        filters.getStyleClass().add("report-filters");
        HBox header = PanelHeader.of("Import report", "hideImportReport", "Hide the import report", close, summary,
                filters);

        list.setId("importReportList");
        list.getStyleClass().add("problem-list");
        list.setPlaceholder(new Label("Nothing to check: every part was recognized."));
        list.setCellFactory(view -> new EntryCell());
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            ReportEntry entry = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && entry != null) {
                goTo(entry);
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);

        filter.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always on
            } else {
                fill();
            }
        });
        // which unplaced texts are in an annotation is worked out while the panel is in the window, and when it returns
        viewModel.meetingProperty().addListener((obs, was, meeting) -> {
            if (report != null && getScene() != null && report.count(ReportEntry.Kind.NOT_PLACED) > 0) {
                refreshTaken(meeting);
            }
        });
        sceneProperty().addListener((obs, was, scene) -> {
            if (report != null && scene != null) {
                refreshTaken(viewModel.meeting());
            }
        });
    }

    /** Shows {@code report}, all of it. */
    public void show(ImportReport newReport) {
        report = newReport;
        summary.setText(newReport.summary());
        all.setSelected(true);
        refreshTaken(viewModel.meeting());
    }

    public ImportReport report() {
        return report;
    }

    public ListView<ReportEntry> list() {
        return list;
    }

    private void refreshTaken(Meeting meeting) {
        // the whole agenda's paragraphs, on the FX thread after every edit: only when some text was not placed
        boolean anyUnplaced = report.count(ReportEntry.Kind.NOT_PLACED) > 0;
        annotationTexts = anyUnplaced ? UnplacedText.annotationTexts(meeting) : Set.of();
        fill();
    }

    private void fill() {
        if (report == null) {
            list.getItems().clear();
            return;
        }
        List<ReportEntry> shown = toCheck.isSelected()
                ? report.entries().stream().filter(e -> e.kind() != ReportEntry.Kind.RECOGNIZED).toList()
                : report.entries();
        list.getItems().setAll(shown);
        list.refresh();
    }

    private void goTo(ReportEntry entry) {
        entry.item().filter(viewModel.meeting().agenda()::contains).ifPresent(viewModel::select);
    }

    /** Whether an unplaced text is now in an annotation (its line then says so, without its button). */
    public boolean isTaken(ReportEntry entry) {
        return UnplacedText.isTaken(entry.content(), annotationTexts);
    }

    private ToggleButton filterButton(String text, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(filter);
        button.setFocusTraversable(false);
        button.getStyleClass().add("small");
        return button;
    }

    /** One line: the kind's icon, the sentence, where in the document and its text; "Add to Annotation" if unplaced. */
    private final class EntryCell extends ListCell<ReportEntry> {
        private final FontIcon icon = new FontIcon();
        private final Label sentence = new Label();
        private final Label source = new Label();
        private final Button take = new Button("Add to Annotation");
        private final HBox row;

        EntryCell() {
            getStyleClass().add("problem-cell");
            sentence.setWrapText(true);
            source.setWrapText(true);
            source.getStyleClass().add("report-source");
            take.getStyleClass().add("small");
            take.setTooltip(new Tooltip("Add this text at the end of the selected item\u2019s annotation"));
            take.setOnAction(event -> {
                if (getItem() != null) {
                    unplaced.takeIntoSelected(getItem().content());
                }
            });
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            VBox words = new VBox(sentence, source);
            words.setMinWidth(0);
            HBox.setHgrow(words, Priority.ALWAYS);
            row = new HBox(icon, words, take);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setSpacing(8);
            setPrefWidth(0);
            addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                if (event.getButton() == MouseButton.PRIMARY && getItem() != null && event.getTarget() != take) {
                    goTo(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ReportEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("recognized", "guessed", "not-placed", "taken");
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            boolean unplacedText = entry.kind() == ReportEntry.Kind.NOT_PLACED;
            boolean taken = unplacedText && isTaken(entry);
            icon.setIconCode(switch (entry.kind()) {
                case RECOGNIZED -> Material2OutlinedAL.CHECK_CIRCLE_OUTLINE;
                case GUESSED -> Material2OutlinedAL.HELP_OUTLINE;
                case NOT_PLACED -> taken ? Material2OutlinedAL.ASSIGNMENT_TURNED_IN : Material2OutlinedMZ.WARNING;
            });
            icon.getStyleClass().setAll("ikonli-font-icon", "problem-icon");
            getStyleClass().add(taken ? "taken" : switch (entry.kind()) {
                case RECOGNIZED -> "recognized";
                case GUESSED -> "guessed";
                case NOT_PLACED -> "not-placed";
            });
            String where = entry.place().map(p -> p.description() + ": ").orElse("");
            sentence.setText(entry.kind().label() + (taken ? ", now in an annotation" : "") + " \u2014 "
                    + entry.sentence());
            source.setText(where + ReportEntry.oneLine(entry.text(), 240));
            source.setVisible(!where.isEmpty() || !entry.text().isBlank());
            source.setManaged(source.isVisible());
            take.setVisible(unplacedText && !taken);
            take.setManaged(take.isVisible());
            setGraphic(row);
            setAccessibleText(sentence.getText() + ". " + source.getText());
        }
    }

}
