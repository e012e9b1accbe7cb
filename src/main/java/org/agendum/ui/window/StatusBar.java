package org.agendum.ui.window;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.agendum.model.Agenda;
import org.agendum.model.ItemMark;
import org.agendum.model.MeetingInfo;
import org.agendum.typography.UnDates;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.files.DocumentOpener;
import org.agendum.ui.files.WordExportCommand;
import org.agendum.ui.problems.ProblemSummary;
import org.agendum.ui.tree.TreeDragAndDrop;
import org.agendum.validation.Problem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The bar at the bottom (id {@code statusBar}): whether the work is saved ({@code saveState}), a passing message
 * such as why an edit was refused ({@code statusMessage}, in the warning colour; news of something done, such as an
 * export, in the calm style {@code done}, an export with the links {@code openExportButton} and
 * {@code showExportFolderButton}), how many items are still to review in a meeting made from last session's or to
 * translate in a language version ({@code reviewSummary}, a link to the next; hidden when none is), the validation
 * problem count
 * ({@code problemSummary}, a link that shows the problems panel) and where and when the meeting is
 * ({@code meetingSummary}).
 */
final class StatusBar extends HBox implements TreeDragAndDrop.Hints {
    /** How long a message stays. */
    static final Duration MESSAGE_TIME = Duration.seconds(10);
    private static final PseudoClass DIRTY = PseudoClass.getPseudoClass("dirty");
    private static final List<String> SEVERITIES = List.of("clean", "warnings", "errors");

    private final Label saveState = new Label();
    private final Label message = new Label();
    private final FontIcon warningIcon = new FontIcon(Material2OutlinedAL.INFO);
    /** Made for the first news of something done. */
    private FontIcon doneIcon;
    private final Hyperlink openExport = new Hyperlink("Open");
    private final Hyperlink showExportFolder = new Hyperlink("Show in folder");
    private final Region indicator = new Region();
    private final Hyperlink problems = new Hyperlink();
    /** Made once there is a problem to list (a tooltip is costly to make at start). */
    private Tooltip problemList;
    private final Hyperlink review = new Hyperlink();
    private Runnable nextToReview = () -> { };
    private final Label meeting = new Label();
    private final PauseTransition messageTimer = new PauseTransition(MESSAGE_TIME);

    /** The style class of a message that tells of something done (not a refusal). */
    static final String DONE = "done";

    private final DocumentOpener opener;

    StatusBar(MeetingViewModel viewModel, DocumentProperties document, Runnable showProblems) {
        this(viewModel, document, showProblems, DocumentOpener.of(link -> { }));
    }

    StatusBar(MeetingViewModel viewModel, DocumentProperties document, Runnable showProblems, DocumentOpener opener) {
        this.opener = opener;
        setId("statusBar");
        getStyleClass().add("status-bar");
        saveState.setId("saveState");
        saveState.getStyleClass().add("save-state");
        saveState.textProperty().bind(document.saveStateProperty());
        saveState.setMinWidth(Region.USE_PREF_SIZE);
        document.dirtyProperty().addListener((obs, was, dirty) -> saveState.pseudoClassStateChanged(DIRTY, dirty));
        saveState.pseudoClassStateChanged(DIRTY, document.isDirty());

        message.setId("statusMessage");
        message.getStyleClass().add("status-message");
        message.setGraphic(warningIcon);
        message.setVisible(false);
        message.setMinWidth(0);
        messageTimer.setOnFinished(event -> clear());
        openExport.setId("openExportButton");
        showExportFolder.setId("showExportFolderButton");
        for (Hyperlink link : List.of(openExport, showExportFolder)) {
            link.getStyleClass().add("status-link");
            link.setFocusTraversable(false);
            link.setMinWidth(Region.USE_PREF_SIZE);
            link.managedProperty().bind(link.visibleProperty());
            link.setVisible(false);
        }

        indicator.getStyleClass().add("status-indicator");
        problems.setId("problemSummary");
        problems.getStyleClass().add("problem-summary");
        problems.setGraphic(indicator);
        problems.setFocusTraversable(false);
        problems.setOnAction(event -> {
            showProblems.run();
            problems.setVisited(false);
        });
        review.setId("reviewSummary");
        review.getStyleClass().addAll("problem-summary", "review-summary");
        review.setFocusTraversable(false);
        review.managedProperty().bind(review.visibleProperty());
        review.setOnAction(event -> {
            nextToReview.run();
            review.setVisited(false);
        });
        Region afterReview = separator();
        afterReview.visibleProperty().bind(review.visibleProperty());
        afterReview.managedProperty().bind(review.visibleProperty());
        meeting.setId("meetingSummary");
        meeting.getStyleClass().add("meeting-summary");
        meeting.setMinWidth(0);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        Region beforeMessage = separator();
        beforeMessage.visibleProperty().bind(message.visibleProperty());
        getChildren().addAll(saveState, beforeMessage, message, openExport, showExportFolder, spring, review, afterReview, problems,
                separator(), meeting);

        viewModel.problemsProperty().addListener((obs, old, list) -> showProblems(list));
        viewModel.meetingProperty().addListener((obs, old, m) -> {
            showMeeting(m.details().meetingInfo());
            showMarks(m.agenda());
        });
        showProblems(viewModel.problemsProperty().get());
        showMeeting(viewModel.meeting().details().meetingInfo());
        showMarks(viewModel.meeting().agenda());
    }

    private static Region separator() {
        Region separator = new Region();
        separator.getStyleClass().add("status-separator");
        return separator;
    }

    /** Shows a sentence for {@link #MESSAGE_TIME}, such as why an edit was refused. */
    void showMessage(String text) {
        show(text);
        messageTimer.playFromStart();
    }

    /** Shows a hint that stays until {@link #clear()}, e.g. why a drop is refused while the pointer is there. */
    @Override
    public void show(String text) {
        show(text, false);
    }

    /** Shows news of something done, in the calm style, for {@link #MESSAGE_TIME}. */
    void showDone(String text) {
        show(text, true);
        messageTimer.playFromStart();
    }

    /**
     * "Exported to agenda.docx in /home/maria/meetings", with "Open" and "Show in folder", for {@link #MESSAGE_TIME}
     * (the next message, or the time running out, takes the links away).
     */
    void showExported(Path document) {
        showDone(WordExportCommand.exportedMessage(document));
        Path absolute = document.toAbsolutePath().normalize();
        openExport.setOnAction(event -> {
            opener.open(absolute);
            openExport.setVisited(false);
        });
        showExportFolder.setOnAction(event -> {
            opener.showFolder(absolute.getParent());
            showExportFolder.setVisited(false);
        });
        openExport.setVisible(true);
        showExportFolder.setVisible(absolute.getParent() != null);
    }

    private void show(String text, boolean done) {
        messageTimer.stop();
        hideLinks();
        message.setText(text);
        message.getStyleClass().remove(DONE);
        if (done) {
            message.getStyleClass().add(DONE);
        }
        if (done && doneIcon == null) {
            doneIcon = new FontIcon(Material2OutlinedAL.CHECK_CIRCLE_OUTLINE);
        }
        message.setGraphic(done ? doneIcon : warningIcon);
        message.setVisible(true);
    }

    /** Clears the message if it is still {@code text} (a later message stays). */
    void clearIf(String text) {
        if (message.isVisible() && message.getText().equals(text)) {
            clear();
        }
    }

    @Override
    public void clear() {
        messageTimer.stop();
        hideLinks();
        message.setText("");
        message.getStyleClass().remove(DONE);
        message.setVisible(false);
    }

    private void hideLinks() {
        openExport.setVisible(false);
        showExportFolder.setVisible(false);
    }

    boolean isDone() {
        return message.getStyleClass().contains(DONE);
    }

    String messageText() {
        return message.getText();
    }

    /** The problem count; nothing while the meeting has not been checked yet (the moments of the start). */
    private void showProblems(List<Problem> list) {
        if (list == null) {
            indicator.getStyleClass().removeAll(SEVERITIES);
            problems.setText("");
            problems.setTooltip(null);
            return;
        }
        ProblemSummary summary = ProblemSummary.of(list);
        problems.setText(summary.text());
        // a changed list of style classes restyles the node: only a new severity changes it
        if (!indicator.getStyleClass().contains(summary.severityStyle())) {
            indicator.getStyleClass().removeAll(SEVERITIES);
            indicator.getStyleClass().add(summary.severityStyle());
        }
        if (summary.count() > 0 && problemList == null) {
            problemList = new Tooltip();
            problemList.setWrapText(true);
            problemList.setMaxWidth(640);
        }
        if (problemList != null) {
            problemList.setText(summary.details());
        }
        problems.setTooltip(summary.count() == 0 ? null : problemList);
    }

    /** What a click on the count of items to review or translate does (the window selects the next one). */
    void onNextToReview(Runnable action) {
        nextToReview = action;
    }

    /**
     * "3 items to review", "12 items to translate", both, or nothing once every item taken over from last session's
     * has been reviewed and every item of a language version translated.
     */
    private void showMarks(Agenda agenda) {
        String text = marksText(agenda);
        review.setVisible(!text.isEmpty());
        if (!text.isEmpty()) {
            review.setText(text);
            if (review.getTooltip() == null) {
                review.setTooltip(new Tooltip("Items taken over from last session\u2019s meeting, or copied into "
                        + "this language version, and not changed since. Click to go to the next one; "
                        + AppAction.describe(AppAction.MARK_REVIEWED.accelerator()) + " marks the selected item as "
                        + "reviewed or translated; " + AppAction.SHOW_ONLY_MARKED.text() + " in the View menu shows "
                        + "only them."));
            }
        }
    }

    /** "7 items to review", "1 item to translate", "2 items to review, 5 to translate", or "" when none is marked. */
    static String marksText(Agenda agenda) {
        int review = agenda.marked(ItemMark.REVIEW).size();
        int translate = agenda.marked(ItemMark.TRANSLATE).size();
        if (review > 0 && translate > 0) {
            return count(review) + " to review, " + translate + " to translate";
        }
        return review > 0 ? count(review) + " to review" : translate > 0 ? count(translate) + " to translate" : "";
    }

    private static String count(int items) {
        return items == 1 ? "1 item" : items + " items";
    }

    private void showMeeting(MeetingInfo details) {
        String dates = details.endDate().isBefore(details.startDate())
                ? UnDates.date(details.startDate()) : UnDates.range(details.startDate(), details.endDate());
        meeting.setText(details.venue().isBlank() ? dates : details.venue().strip() + ", " + dates);
    }
}
