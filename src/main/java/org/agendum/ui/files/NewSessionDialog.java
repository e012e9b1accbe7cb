package org.agendum.ui.files;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.agendum.model.Meeting;
import org.agendum.rollforward.NewSession;
import org.agendum.rollforward.ProposedChange;
import org.agendum.rollforward.RollForward;
import org.agendum.rollforward.Snippet;
import org.agendum.rollforward.ToCheck;
import org.agendum.session.WindowTitle;
import org.agendum.ui.common.Theme;
import org.agendum.ui.details.UnDateConverter;

/**
 * File ▸ New Session from This Meeting… (id {@code newSessionDialog}): the new session's dates
 * ({@code newSessionStart}, {@code newSessionEnd}), venue ({@code newSessionVenue}), symbol ({@code newSessionSymbol}),
 * meeting name and session line ({@code newSessionMeetingName}, {@code newSessionSessionLine}) and the date of issue
 * ({@code newSessionIssueDate}), first filled with {@link RollForward#suggest}; what becomes of the organization of
 * work ({@code newSessionSchedule}); the session numbers the roll-forward would bump, each with its sentence and a
 * check box, all ticked ({@code change-0}, {@code change-1} …); and what it leaves for the officer to check
 * ({@code toCheck-0} …). A wrong answer is said in {@code newSessionError} and Create ({@code okButton}) waits; Cancel
 * ({@code cancelButton}) changes nothing. The dates are read as typed, as in the details form.
 */
public final class NewSessionDialog {
    private static final String NOT_A_DATE = " is not a date; type one such as 2 July 2019.";

    private final Meeting last;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final DatePicker start = datePicker("newSessionStart");
    private final DatePicker end = datePicker("newSessionEnd");
    private final DatePicker issue = datePicker("newSessionIssueDate");
    private final TextField venue = field("newSessionVenue");
    private final TextField symbol = field("newSessionSymbol");
    private final TextField meetingName = field("newSessionMeetingName");
    private final TextField sessionLine = field("newSessionSessionLine");
    private final List<CheckBox> changeBoxes = new ArrayList<>();
    private final RollForward.Proposals proposals;
    /** The answers as typed, or what is wrong with them. */
    private final ObjectBinding<Answer> answer;

    /** Either the answers or the sentence that says what is wrong with them. */
    private record Answer(NewSession session, String problem) {
    }

    public NewSessionDialog(Window owner, Meeting last, LocalDate today) {
        this.last = Objects.requireNonNull(last, "last");
        proposals = RollForward.propose(last);
        NewSession suggested = RollForward.suggest(last, today);
        start.setValue(suggested.start());
        end.setValue(suggested.end());
        issue.setValue(suggested.issueDate());
        venue.setText(suggested.venue());
        symbol.setText(suggested.symbol());
        meetingName.setText(suggested.meetingName());
        sessionLine.setText(suggested.sessionLine());
        sessionLine.setPromptText("e.g. Seventh session (empty when the meeting has none)");

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints(), grow());
        fields.addRow(0, new Label("Starts on"), start, new Label("Ends on"), end);
        fields.addRow(1, new Label("Venue"), venue, new Label("Symbol"), symbol);
        fields.add(new Label("Meeting"), 0, 2);
        fields.add(meetingName, 1, 2, 3, 1);
        fields.add(new Label("Session line"), 0, 3);
        fields.add(sessionLine, 1, 3, 3, 1);
        fields.addRow(4, new Label("Date of issue"), issue);

        answer = Bindings.createObjectBinding(this::read, start.getEditor().textProperty(),
                end.getEditor().textProperty(), issue.getEditor().textProperty(), venue.textProperty(),
                symbol.textProperty(), meetingName.textProperty(), sessionLine.textProperty());
        Label error = wrapped("newSessionError");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(answer.map(Answer::problem));
        Label schedule = wrapped("newSessionSchedule");
        schedule.textProperty().bind(answer.map(this::scheduleLine));

        Label intro = wrapped("newSessionIntro");
        intro.setText("A new document from this one: the agenda and the annotations stay, each item marked \u201creview\u201d "
                + "until it is changed or marked as reviewed; the organization of work moves onto the new days; the job "
                + "number and its dates are cleared. This meeting\u2019s file is not changed.");

        VBox lists = new VBox(6);
        lists.getChildren().add(heading(proposals.changes().isEmpty()
                ? "No session number to bump was found." : "Session numbers to bump (untick those to leave as they are):"));
        for (int i = 0; i < proposals.changes().size(); i++) {
            lists.getChildren().add(changeBox(i, proposals.changes().get(i)));
        }
        if (!proposals.toCheck().isEmpty()) {
            lists.getChildren().add(heading("To check in the new document (left as they are):"));
            for (int i = 0; i < proposals.toCheck().size(); i++) {
                lists.getChildren().add(toCheckLine(i, proposals.toCheck().get(i)));
            }
        }
        ScrollPane scroll = new ScrollPane(lists);
        scroll.setId("newSessionChanges");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(220);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox content = new VBox(10, intro, fields, schedule, error, scroll);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("New Session from This Meeting \u2013 " + WindowTitle.APP_NAME);
        dialog.setHeaderText("Next session from " + (last.details().masthead().symbol().isBlank() ? "this meeting"
                : last.details().masthead().symbol()));
        dialog.getDialogPane().setId("newSessionDialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        dialog.getDialogPane().setContent(content);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(create);
        ok.setId("okButton");
        ok.disableProperty().bind(answer.map(a -> a.session() == null));
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelButton");
        dialog.getDialogPane().setPrefWidth(680);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button);
        dialog.setOnShown(event -> javafx.application.Platform.runLater(() -> {
            start.getEditor().requestFocus();
            start.getEditor().selectAll();
        }));
    }

    /** Shows the dialog and waits: the new session's meeting, or empty when cancelled. */
    public Optional<RollForward.Result> showAndWait() {
        Optional<ButtonType> button = dialog.showAndWait();
        NewSession session = answer.get().session();
        if (button.isEmpty() || button.get().getButtonData() != ButtonBar.ButtonData.OK_DONE || session == null) {
            return Optional.empty();
        }
        List<ProposedChange> kept = new ArrayList<>();
        for (int i = 0; i < changeBoxes.size(); i++) {
            if (changeBoxes.get(i).isSelected()) {
                kept.add(proposals.changes().get(i));
            }
        }
        return Optional.of(RollForward.apply(last, session, kept));
    }

    private Answer read() {
        UnDateConverter dates = new UnDateConverter();
        LocalDate from = dates.fromString(start.getEditor().getText());
        LocalDate to = dates.fromString(end.getEditor().getText());
        LocalDate issued = dates.fromString(issue.getEditor().getText());
        if (from == null || to == null || issued == null) {
            String which = from == null ? "The start date" : to == null ? "The end date" : "The date of issue";
            return new Answer(null, which + NOT_A_DATE);
        }
        NewSession session = new NewSession(from, to, venue.getText().strip(), symbol.getText(),
                meetingName.getText().strip(), sessionLine.getText().strip(), issued);
        return session.problem().map(p -> new Answer(null, p)).orElseGet(() -> new Answer(session, ""));
    }

    /** The days the organization of work moves to, and what does not fit. */
    private String scheduleLine(Answer typed) {
        if (typed.session() == null || last.organization().days().isEmpty()) {
            return "";
        }
        List<String> notes = RollForward.scheduleNotes(last, typed.session().start(), typed.session().end());
        return notes.isEmpty() ? "The organization of work moves onto the new dates." : String.join(" ", notes);
    }

    private CheckBox changeBox(int index, ProposedChange change) {
        TextFlow sentence = snippet(change.snippet(), " \u2192 " + change.after());
        CheckBox box = new CheckBox();
        box.setId("change-" + index);
        box.setSelected(true);
        box.setGraphic(new VBox(2, small(change.where()), sentence));
        box.setAccessibleText(change.where() + ": " + change.snippet() + ". Change " + change.before() + " to "
                + change.after() + ".");
        box.setMaxWidth(Double.MAX_VALUE);
        changeBoxes.add(box);
        return box;
    }

    private static Node toCheckLine(int index, ToCheck check) {
        VBox line = new VBox(2, small(check.where() + " \u2014 " + check.reason()), snippet(check.snippet(), ""));
        line.setId("toCheck-" + index);
        line.getStyleClass().add("to-check");
        line.setAccessibleText(check.where() + ", " + check.reason() + ": " + check.snippet());
        return line;
    }

    /** The sentence with the found words in bold, then {@code tail}. */
    private static TextFlow snippet(Snippet snippet, String tail) {
        Text found = new Text(snippet.text());
        found.setStyle("-fx-font-weight: bold;");
        TextFlow flow = new TextFlow(new Text(snippet.before()), found, new Text(snippet.after()));
        if (!tail.isEmpty()) {
            Text after = new Text(tail);
            after.setStyle("-fx-font-weight: bold;");
            flow.getChildren().add(after);
        }
        flow.getStyleClass().add("roll-forward-snippet");
        return flow;
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setWrapText(true);
        return label;
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new UnDateConverter());
        picker.setEditable(true);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPromptText("e.g. 2 July 2019");
        return picker;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }
}
