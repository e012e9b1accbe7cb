package org.agendum.ui.annotation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.agendum.edit.CommandStack;
import org.agendum.edit.MeetingChange;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.RichText;
import org.agendum.model.TextStyle;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.CommandKeys;
import org.agendum.ui.common.EditorStyles;
import org.agendum.ui.common.VersionFonts;
import org.agendum.ui.common.VersionLanguage;
import org.agendum.ui.common.ViewEdits;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The annotation pane of the selected item (id {@code annotationEditor}): the formatting bar, the rich-text area and
 * the footnotes under it.
 *
 * <p>The meeting's command stack holds what is typed here at every moment: each change of the area's text (a
 * keystroke, a paste, a style, a footnote's text) is executed at once as a {@link ReplaceAnnotation} of the shown
 * item. Consecutive ones merge into one "Edit annotation" step, which closes on a pause in typing, a new paragraph, a
 * change of style, the caret moved by a key or a click, or the focus leaving the area; so Ctrl+Z undoes a spell of
 * typing, through the one stack. When the meeting changes underneath (an undo, an edit elsewhere) the pane shows the
 * item's annotation as it now is, with the caret where the change was.
 */
public final class AnnotationEditor extends VBox {
    /** A pause this long closes the typing step: the next keystroke starts a new undo step. */
    static final Duration TYPING_PAUSE = Duration.seconds(2);
    /** What the empty area says. */
    static final String PLACEHOLDER = "Write the annotation of this item here.";

    private final MeetingViewModel viewModel;
    private final CommandStack stack;
    private final AnnotationArea area = new AnnotationArea();
    private final FootnotesPane footnotes = new FootnotesPane(area);
    private final AnnotationToolbar toolbar;
    private final Consumer<MeetingChange> stackListener = this::meetingChanged;
    private final ChangeListener<Node> focusListener = (obs, was, now) -> focusMoved(now);
    private final ChangeListener<ItemId> selectionListener = (obs, old, id) -> selectionChanged(id);
    private static final PseudoClass RIGHT_TO_LEFT = PseudoClass.getPseudoClass("right-to-left");
    private final InvalidationListener languageListener = obs -> followVersionLanguage();
    private Language shownLanguage;
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
    private final AreaText areaText = new AreaText();
    /** The item shown, and its annotation as the area last showed or sent it. */
    private ItemId item;
    private RichText shown = RichText.EMPTY;
    /** True while the area is being filled from the meeting: such a change is no typing. */
    private boolean loading;
    private RunStyling activeStyling;

    public AnnotationEditor(MeetingViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.stack = viewModel.commandStack();
        setId("annotationEditor");
        getStyleClass().add("annotation-editor");
        EditorStyles.install(this);
        area.setQuoteMarks(VersionLanguage.quoteMarks(viewModel));
        followVersionLanguage();
        Label placeholder = new Label(PLACEHOLDER);
        placeholder.getStyleClass().add("area-placeholder");
        area.setPlaceholder(placeholder, javafx.geometry.Pos.TOP_LEFT);
        activeStyling = area.styling();
        toolbar = new AnnotationToolbar(this);

        VirtualizedScrollPane<AnnotationArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("annotation-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(toolbar, scroll, footnotes);

        area.onEditFootnoteProperty().set(footnotes::open);
        area.setOnTypingGroupEnd(stack::preventMerge);
        area.multiRichChanges().subscribe(changes -> typed());
        typingPause.setOnFinished(event -> stack.preventMerge());
        footnotes.setOnStyleShown(toolbar::refresh);
        area.shownStyleProperty().addListener(obs -> toolbar.refresh());
        area.caretPositionProperty().addListener(obs -> toolbar.refresh());
        area.selectionProperty().addListener(obs -> toolbar.refresh());
        area.numberingProperty().addListener(obs -> toolbar.refresh());
        // Ctrl+Z / Ctrl+Y here, in the area and the footnotes, undo and redo on the meeting's one stack
        CommandKeys.routeToStack(this, stack);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> stack.preventMerge());
        viewModel.meetingProperty().addListener(languageListener);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focusListener);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focusListener);
            }
        });
        viewModel.selectedItemProperty().addListener(selectionListener);
        stack.addListener(stackListener);
        show(viewModel.selectedItem(), viewModel.meeting(), true);
    }

    /**
     * The annotation in the version's language: its text in a font with the language's glyphs, its subparagraph
     * labels in the language's forms, and an Arabic version's paragraphs and labels set from the right (pseudo-class {@code right-to-left}, editors.css).
     */
    private void followVersionLanguage() {
        Language language = VersionLanguage.of(viewModel.meeting());
        if (language == shownLanguage) {
            return;
        }
        shownLanguage = language;
        area.setStyle(VersionFonts.documentStyle(language));
        area.setLabelForms(VersionLanguage.document(viewModel.meeting()).numbering());
        footnotes.setStyle(VersionFonts.documentStyle(language));
        boolean rightToLeft = VersionLanguage.orientation(viewModel.meeting()) == NodeOrientation.RIGHT_TO_LEFT;
        pseudoClassStateChanged(RIGHT_TO_LEFT, rightToLeft);
        area.setLabelsOnTheRight(rightToLeft);
    }

    /** The rich-text area (for the shell's focus handling and for tests). */
    public AnnotationArea area() {
        return area;
    }

    /** The item whose annotation the pane shows; null when none is selected. */
    public ItemId shownItem() {
        return item;
    }

    /**
     * Ctrl+click on a link opens it with this (the shell passes the host services' showDocument); only addresses
     * the area's checks let through reach it ({@link AnnotationArea#openLink}).
     */
    public void setLinkOpener(Consumer<String> opener) {
        area.onOpenLinkProperty().set(Objects.requireNonNull(opener));
    }

    /** How the pane asks before opening a link that is not a United Nations address (a dialog unless replaced). */
    public void setLinkConfirmation(AnnotationArea.LinkConfirmation confirmation) {
        area.linkConfirmationProperty().set(Objects.requireNonNull(confirmation));
    }

    /** Where the pane says why a link was not opened or made (the window's status bar). */
    public void setMessages(Consumer<String> messages) {
        area.onMessageProperty().set(Objects.requireNonNull(messages));
    }

    /** How the pane asks for a link's address (a dialog unless replaced). */
    public void setLinkPrompt(AnnotationArea.LinkPrompt prompt) {
        area.linkPromptProperty().set(Objects.requireNonNull(prompt));
    }

    /** Stops following the meeting (the window closed). */
    public void dispose() {
        viewModel.meetingProperty().removeListener(languageListener);
        typingPause.stop();
        stack.removeListener(stackListener);
        viewModel.selectedItemProperty().removeListener(selectionListener);
        if (getScene() != null) {
            getScene().focusOwnerProperty().removeListener(focusListener);
        }
    }

    // ---- toolbar actions (on the area, or on the footnote field being edited) -----------------------------

    void toggleBold() {
        activeStyling.toggle(TextStyle::bold, TextStyle::withBold);
    }

    void toggleItalic() {
        activeStyling.toggle(TextStyle::italic, TextStyle::withItalic);
    }

    void toggleUnderline() {
        activeStyling.toggle(TextStyle::underline, TextStyle::withUnderline);
    }

    void toggleSuperscript() {
        activeStyling.toggle(TextStyle::superscript, TextStyle::withSuperscript);
    }

    void insertFootnote() {
        area.requestFocus();
        area.insertFootnote();
    }

    TextStyle shownStyle() {
        return activeStyling.shownProperty().get();
    }

    /** Whether the toolbar works on the annotation's text (not on a footnote's). */
    boolean isTextActive() {
        return activeStyling == area.styling();
    }

    boolean isReadOnly() {
        return item == null;
    }

    FootnotesPane footnotesPane() {
        return footnotes;
    }

    // ---- typing onto the stack -------------------------------------------------------------------------------

    /** A change of the area's text: onto the stack at once, merging with the typing before it. */
    private void typed() {
        // a change while the stack tells of one is the pane following the meeting, never the officer's typing
        if (loading || item == null || stack.isNotifying()) {
            return;
        }
        RichText text = areaText.of(area);
        if (text.equals(shown)) {
            return;
        }
        // set first: the stack tells this pane of the change while it executes, and what the pane shows is no news
        shown = text;
        ItemId typedIn = item;
        if (ViewEdits.execute(stack, new ReplaceAnnotation(typedIn, text), area.onMessageProperty().get(),
                () -> showAgain(typedIn))) {
            typingPause.playFromStart();
        }
    }

    /** A new paragraph and a caret moved by a key each start a new undo step (typing after them merges into it). */
    private void keyPressed(KeyEvent event) {
        switch (event.getCode()) {
            case ENTER, UP, DOWN, LEFT, RIGHT, HOME, END, PAGE_UP, PAGE_DOWN, TAB -> stack.preventMerge();
            default -> {
            }
        }
    }

    // ---- following the meeting ------------------------------------------------------------------------------

    private void selectionChanged(ItemId id) {
        if (!Objects.equals(id, item)) {
            stack.preventMerge();
            show(id, viewModel.meeting(), true);
        }
    }

    /** Runs inside the command stack's notification: it only shows, never edits. */
    private void meetingChanged(MeetingChange change) {
        Meeting after = change.after();
        if (change.kind() == MeetingChange.Kind.RESET) {
            show(viewModel.selectedItem(), after, true);
            return;
        }
        if (!Objects.equals(viewModel.selectedItem(), item)) {
            selectionChanged(viewModel.selectedItem());
            return;
        }
        if (item == null) {
            return;
        }
        Optional<AgendaItem> now = after.agenda().find(item);
        if (now.isEmpty()) {
            show(viewModel.selectedItem(), after, true);
            return;
        }
        area.firstFootnoteNumberProperty().set(after.agenda().firstFootnoteNumber(item));
        if (!now.get().annotation().equals(shown)) {
            // undone, redone or changed elsewhere: show it, with the caret at the end of what changed
            String before = area.getText();
            show(item, after, false);
            area.moveTo(ChangedRange.endInNew(before, area.getText()));
            area.requestFollowCaret();
        }
    }

    /** After a refused change: the annotation as the meeting holds it, if the item is still the one shown. */
    private void showAgain(ItemId typedIn) {
        if (Objects.equals(item, typedIn)) {
            show(item, viewModel.meeting(), false);
        }
    }

    private void show(ItemId id, Meeting meeting, boolean fromTop) {
        typingPause.stop();
        item = id != null && meeting.agenda().contains(id) ? id : null;
        RichText text = item == null ? RichText.EMPTY : meeting.agenda().get(item).annotation();
        shown = text;
        loading = true;
        try {
            area.setEditable(item != null);
            area.firstFootnoteNumberProperty().set(item == null ? 1 : meeting.agenda().firstFootnoteNumber(item));
            area.load(text);
            footnotes.reloadAll();
        } finally {
            loading = false;
        }
        if (fromTop) {
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
        toolbar.refresh();
    }

    private void focusMoved(Node now) {
        if (now instanceof FootnoteField field) {
            activeStyling = field.styling();
        } else if (now == area || !contains(now)) {
            activeStyling = area.styling();
        }
        stack.preventMerge();
        toolbar.refresh();
    }

    private boolean contains(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }
}
