package org.agendum.ui.details;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditDetails;
import org.agendum.model.AgendaLayout;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentForm;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.Distribution;
import org.agendum.model.DutyStation;
import org.agendum.model.Language;
import org.agendum.model.Masthead;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingInfo;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.CommandKeys;
import org.agendum.ui.common.CurlyQuotes;
import org.agendum.ui.common.VersionLanguage;
import org.agendum.ui.common.EditorStyles;
import org.agendum.ui.common.GrowingTextArea;
import org.agendum.ui.common.ViewEdits;
import org.agendum.validation.MeetingValidator;
import org.agendum.validation.Problem;
import org.agendum.validation.Target;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The "Meeting details" form (id {@code detailsEditor}): what the masthead and the lines under it say. Each change
 * is one {@link EditDetails} naming its {@link DetailField} (typing in one field merges into one undo step, a new
 * visit to the field starts another). Problems found by {@link MeetingValidator} (symbol malformed, required field
 * empty, end before start) are shown beside their field through ControlsFX's {@link ValidationSupport}. The title
 * block holds the document's form too, with a line under it saying what that form prints (title, headings).
 */
public final class DetailsEditor extends ScrollPane {
    /** What an empty required field says before the officer has been in it. */
    static final String REQUIRED = "Required";

    private final MeetingViewModel viewModel;
    private final CommandStack stack;
    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private final FieldMarks marks = new FieldMarks();
    private final Map<DetailField<?>, Control> primary = new HashMap<>();
    private final List<Runnable> fillers = new ArrayList<>();
    /** Where a refused change is said (the status bar). */
    private Consumer<String> messages = message -> { };
    private final ChangeListener<Meeting> meetingListener = (obs, old, meeting) -> refresh();
    private Meeting validated;
    /** The fields the officer has been in: an empty required field is marked as an error only after a visit. */
    private final java.util.Set<DetailField<?>> visited = new java.util.HashSet<>();
    private List<Problem> problems = List.of();
    private boolean updating;
    private int row;

    public DetailsEditor(MeetingViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.stack = viewModel.commandStack();
        setId("detailsEditor");
        getStyleClass().add("details-editor");
        EditorStyles.install(this);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        grid.getStyleClass().add("details-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        ColumnConstraints problemMarks = new ColumnConstraints();
        problemMarks.setMinWidth(USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, fields, problemMarks);
        validation.setValidationDecorator(marks);

        Label title = new Label("Meeting details");
        title.getStyleClass().add("details-title");
        VBox page = new VBox(title, grid);
        page.getStyleClass().add("details-page");
        setContent(page);

        // the sections are the model's parts, in the order the first page prints them
        section("Masthead");
        longText(DetailField.BODY_NAME, "Body", "e.g. Conference of the Parties to the United Nations Convention …");
        text(DetailField.SYMBOL, "Symbol", "e.g. CTOC/COP/WG.4/2018/1");
        choice(DetailField.DISTRIBUTION, "Distribution", Distribution.values(), Distribution::label);
        date(DetailField.ISSUE_DATE, "Date of issue");
        languages();
        text(DetailField.LANGUAGE_COVERAGE, "Language coverage", "e.g. Arabic, English and French only (optional)");

        section("Meeting");
        longText(DetailField.MEETING_NAME, "Meeting", "e.g. Working Group on Trafficking in Persons");
        text(DetailField.SESSION_LINE, "Session line", "e.g. Eighth session (optional)");
        text(DetailField.VENUE, "Venue", "e.g. Vienna");
        dates();

        section("Title block");
        text(DetailField.AGENDA_ITEM_LINE, "Item line", "e.g. Item 2 of the provisional agenda (optional)");
        longText(DetailField.AGENDA_ITEM_TITLE, "Item title",
                "e.g. Organizational matters (optional)")
                .getStyleClass().add("details-strong");
        text(DetailField.AGENDA_ITEM_NOTE, "Asterisk footnote", "e.g. E/CN.15/2011/1. (optional; \u201C*\u201D after the item line)");
        text(DetailField.TITLE, "Title", "e.g. Annotated provisional agenda");
        longText(DetailField.TITLE_NOTE, "Title footnote",
                "e.g. The late submission of this document was caused by … (optional; an asterisk after the title)");
        choice(DetailField.LAYOUT, "Form", AgendaLayout.values(), AgendaLayout::label);
        outline();

        section("Annotations");
        // what an empty item gets matters only in a form that prints annotations; the sentence only when printed
        Control empty = choice(DetailField.EMPTY_ANNOTATIONS, "Items with no annotation", EmptyAnnotations.values(),
                EmptyAnnotations::label);
        Control sentence = longText(DetailField.STANDARD_SENTENCE, "Standard sentence",
                "e.g. " + EmptyAnnotations.DEFAULT_SENTENCE);
        fillers.add(() -> {
            DocumentForm form = details().form();
            empty.setDisable(!form.layout().printsAnnotations());
            sentence.setDisable(empty.isDisabled() || form.emptyAnnotations() != EmptyAnnotations.STANDARD_SENTENCE);
        });

        section("Document processing");
        choice(DetailField.DUTY_STATION, "Duty station", DutyStation.values(), DutyStation::city);
        text(DetailField.JOB_NUMBER, "Job number", "e.g. V.18-02150 (optional)");
        optionalDate(DetailField.PROCESSED_ON, "Processed on");
        optionalDate(DetailField.RELEASED_ON, "Released on");

        viewModel.meetingProperty().addListener(meetingListener);
        refresh();
        validation.initInitialDecoration();
    }

    /** Puts the caret into the field (the validation panel calls this when the officer clicks a problem). */
    public void showField(DetailField<?> field) {
        Control control = control(field);
        if (field == DetailField.DATES && hasProblem(DetailField.DATES)) {
            control = endDate();
        }
        Control target = control;
        target.requestFocus();
        if (target instanceof TextInputControl input) {
            input.positionCaret(input.getLength());
        } else if (target instanceof DatePicker picker) {
            picker.getEditor().positionCaret(picker.getEditor().getLength());
        }
        scrollTo(target);
    }

    /** The control that edits {@code field} (for DATES the start date, for LANGUAGES the original language). */
    public Control control(DetailField<?> field) {
        return Objects.requireNonNull(primary.get(field), field::name);
    }

    /** The problem shown beside {@code field}'s control, or null. */
    public String shownProblem(DetailField<?> field) {
        Control control = field == DetailField.DATES ? endDate() : control(field);
        FieldMarks.Mark mark = marks.markOf(control);
        return mark != null && mark.isShown() ? mark.message().getText() : null;
    }

    /** Stops following the meeting (the window closed). */
    /** Where the form says why a change was refused (the window's status bar). */
    public void setMessages(Consumer<String> messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    public void dispose() {
        viewModel.meetingProperty().removeListener(meetingListener);
    }

    // ---- following the meeting ------------------------------------------------------------------------------

    private void refresh() {
        updating = true;
        try {
            fillers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
        validation.revalidate();
    }

    private MeetingDetails details() {
        return viewModel.meeting().details();
    }

    private <T> void change(DetailField<T> field, T value) {
        if (!updating && !value.equals(field.get(details()))) {
            ViewEdits.execute(stack, new EditDetails<>(field, value), messages, this::refresh);
        }
    }

    /** The problems the validator finds with a field of the meeting as it is now (computed once per meeting). */
    private List<Problem> problems(DetailField<?> field) {
        Meeting meeting = viewModel.meeting();
        if (meeting != validated) {
            validated = meeting;
            problems = MeetingValidator.validate(meeting);
        }
        return problems.stream()
                .filter(p -> p.target() instanceof Target.Detail detail && detail.field() == field).toList();
    }

    private boolean hasProblem(DetailField<?> field) {
        return !problems(field).isEmpty();
    }

    /**
     * Marks the field's problems beside it. A required field that has been empty from the start and that the officer
     * has not left yet is only noted quietly ("Required", in the muted colour): a new meeting is not a page of red
     * before anything was typed.
     */
    private void validate(Control control, DetailField<?> field) {
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (was && !focused && visited.add(field)) {
                validation.revalidate(control);
            }
        });
        Validator<Object> validator = (target, value) -> {
            boolean empty = field.get(details()) instanceof String text && text.isBlank();
            if (!empty) {
                visited.add(field); // a field that has held text is marked when it is emptied again
            } else if (!visited.contains(field)
                    && problems(field).stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                return ValidationResult.fromMessages(new Message(target, REQUIRED, Severity.INFO));
            }
            return ValidationResult.fromMessages(problems(field).stream()
                    .map(problem -> (ValidationMessage) new Message(target, problem.message(),
                            problem.severity() == Problem.Severity.ERROR ? Severity.ERROR : Severity.WARNING))
                    .toList());
        };
        validation.registerValidator(control, false, validator);
    }

    private record Message(Control target, String text, Severity severity) implements ValidationMessage {
        @Override
        public Control getTarget() {
            return target;
        }

        @Override
        public String getText() {
            return text;
        }

        @Override
        public Severity getSeverity() {
            return severity;
        }
    }

    // ---- building the form ------------------------------------------------------------------------------

    private void section(String name) {
        Label heading = new Label(name);
        heading.getStyleClass().add("details-section");
        GridPane.setColumnSpan(heading, 3);
        GridPane.setHalignment(heading, HPos.LEFT);
        grid.add(heading, 0, row++);
    }

    private TextInputControl text(DetailField<String> field, String label, String prompt) {
        return text(field, label, prompt, new TextField());
    }

    /** A text field that wraps, for the long lines (the body's name runs to a hundred characters and more). */
    private TextInputControl longText(DetailField<String> field, String label, String prompt) {
        GrowingTextArea area = new GrowingTextArea(1, 3);
        area.getStyleClass().add("details-long-text");
        return text(field, label, prompt, area.oneParagraph(() -> { }));
    }

    private TextInputControl text(DetailField<String> field, String label, String prompt, TextInputControl input) {
        if (field != DetailField.SYMBOL && field != DetailField.JOB_NUMBER) {
            CurlyQuotes.install(input, VersionLanguage.quoteMarks(viewModel));
        }
        input.setPromptText(prompt);
        input.textProperty().addListener((obs, old, value) -> change(field, value));
        input.focusedProperty().addListener((obs, was, focused) -> stack.preventMerge());
        CommandKeys.routeToStack(input, stack);
        fillers.add(() -> {
            String value = field.get(details());
            if (!input.getText().equals(value)) {
                input.setText(value);
            }
        });
        addRow(field, label, input, input);
        return input;
    }

    private <T> ChoiceBox<T> choice(DetailField<T> field, String label, T[] values, Function<T, String> name) {
        ChoiceBox<T> box = FieldControls.choiceBox(values, name);
        box.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                stack.preventMerge();
                change(field, value);
            }
        });
        fillers.add(() -> box.setValue(field.get(details())));
        addRow(field, label, box, box);
        return box;
    }

    /**
     * A date the document may leave to another (a job line's date, the date of issue unless set): an empty picker
     * is {@code Optional.empty()}, and emptying the field is a change at once, as typing a date is.
     */
    private void optionalDate(DetailField<Optional<LocalDate>> field, String label) {
        DatePicker picker = FieldControls.datePicker(stack);
        picker.getEditor().setPrefColumnCount(16);
        picker.valueProperty().addListener((obs, old, value) -> {
            if (updating) {
                return; // the meeting's own value, shown
            }
            if (value == null && !picker.getEditor().getText().isBlank()) {
                restore(picker, old); // text that is no date, left behind: the date stays, as in the other pickers
            } else {
                stack.preventMerge();
                change(field, Optional.ofNullable(value));
            }
        });
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            if (picker.getEditor().isFocused() && text.isBlank() && picker.getValue() != null) {
                picker.setValue(null);
            }
        });
        fillers.add(() -> {
            picker.setValue(field.get(details()).orElse(null));
            picker.setPromptText("same as date of issue");
        });
        picker.setAccessibleHelp("Empty: the date of issue");
        addRow(field, label, picker, picker);
    }

    /** Under the form, what a document of that form prints: its title and its parts' headings. */
    private void outline() {
        Label outline = new Label();
        outline.setId("layoutOutline");
        outline.getStyleClass().add("details-outline");
        outline.setWrapText(true);
        fillers.add(() -> outline.setText(details().form().layout().outline(details().titleBlock().title())));
        Label label = new Label("Prints");
        label.getStyleClass().add("details-label");
        label.setMinWidth(USE_PREF_SIZE);
        label.setLabelFor(outline);
        GridPane.setValignment(label, VPos.TOP); // beside the outline's first line when it wraps
        grid.add(label, 0, row);
        grid.add(outline, 1, row++);
    }

    private void date(DetailField<LocalDate> field, String label) {
        DatePicker picker = FieldControls.datePicker(stack);
        picker.valueProperty().addListener((obs, old, value) -> {
            if (value == null) {
                restore(picker, field.get(details()));
            } else {
                stack.preventMerge();
                change(field, value);
            }
        });
        fillers.add(() -> picker.setValue(field.get(details())));
        addRow(field, label, picker, picker);
    }

    private void dates() {
        DatePicker start = FieldControls.datePicker(stack);
        DatePicker end = FieldControls.datePicker(stack);
        end.setId("detail_DATES_end");
        start.valueProperty().addListener((obs, old, value) -> {
            if (value == null) {
                restore(start, details().meetingInfo().startDate());
            } else {
                stack.preventMerge();
                change(DetailField.DATES, new MeetingInfo.Dates(value, details().meetingInfo().endDate()));
            }
        });
        end.valueProperty().addListener((obs, old, value) -> {
            if (value == null) {
                restore(end, details().meetingInfo().endDate());
            } else {
                stack.preventMerge();
                change(DetailField.DATES, new MeetingInfo.Dates(details().meetingInfo().startDate(), value));
            }
        });
        fillers.add(() -> {
            start.setValue(details().meetingInfo().startDate());
            end.setValue(details().meetingInfo().endDate());
        });
        Label to = new Label("to");
        to.getStyleClass().add("details-inline-label");
        HBox both = new HBox(start, to, end);
        both.getStyleClass().add("details-inline");
        both.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        start.setAccessibleText("First day of the meeting");
        end.setAccessibleText("Last day of the meeting");
        addRow(DetailField.DATES, "Dates", both, start);
        // the dates' problem (the end before the start) is shown beside the end date
        validate(end, DetailField.DATES);
        marks.register(end, marks.markOf(start));
        marks.register(start, new FieldMarks.Mark(new Label(), new Label()));
    }

    private void languages() {
        ChoiceBox<Language> original = FieldControls.choiceBox(Language.values(), Language::englishName);
        ChoiceBox<Language> version = FieldControls.choiceBox(Language.values(), Language::englishName);
        version.setId("detail_LANGUAGES_version");
        original.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                stack.preventMerge();
                change(DetailField.LANGUAGES, new Masthead.Languages(value, details().masthead().versionLanguage()));
            }
        });
        version.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                stack.preventMerge();
                change(DetailField.LANGUAGES, new Masthead.Languages(details().masthead().originalLanguage(), value));
            }
        });
        fillers.add(() -> {
            original.setValue(details().masthead().originalLanguage());
            version.setValue(details().masthead().versionLanguage());
        });
        Label versionLabel = new Label("this version");
        versionLabel.getStyleClass().add("details-inline-label");
        HBox both = new HBox(original, versionLabel, version);
        both.getStyleClass().add("details-inline");
        both.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        original.setAccessibleText("Original language");
        version.setAccessibleText("Language of this version");
        addRow(DetailField.LANGUAGES, "Original language", both, original);
    }

    /** One row of the form: label, field (or fields), the problem mark; the problem's message under the field. */
    private void addRow(DetailField<?> field, String text, Node fieldNode, Control control) {
        Label label = new Label(text);
        label.getStyleClass().add("details-label");
        label.setLabelFor(control);
        label.setMinWidth(USE_PREF_SIZE);
        if (control.getId() == null) {
            control.setId("detail_" + field.name());
        }
        if (fieldNode instanceof TextInputControl c) {
            c.setMaxWidth(Double.MAX_VALUE);
        } else if (fieldNode instanceof Control c) {
            c.setMaxWidth(USE_PREF_SIZE);
        }
        FieldMarks.Mark mark = new FieldMarks.Mark(new Label(), new Label());
        GridPane.setValignment(label, VPos.CENTER);
        grid.add(label, 0, row);
        grid.add(fieldNode, 1, row);
        grid.add(mark.icon(), 2, row);
        row++;
        grid.add(mark.message(), 1, row++);
        primary.put(field, control);
        marks.register(control, mark);
        if (field != DetailField.DATES) {
            validate(control, field);
        }
    }

    private DatePicker endDate() {
        return (DatePicker) ((HBox) control(DetailField.DATES).getParent()).getChildren().get(2);
    }

    private void restore(DatePicker picker, LocalDate value) {
        javafx.application.Platform.runLater(() -> picker.setValue(value));
    }

    private void scrollTo(Node node) {
        Node content = getContent();
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double total = content.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (total > viewport && viewport > 0) {
            double top = Math.max(0, bounds.getMinY() - 2 * bounds.getHeight());
            setVvalue(Math.min(1, top / (total - viewport)));
        }
    }
}
