package org.agendum.ui.annotation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agendum.edit.CommandStack;
import org.agendum.edit.MeetingChange;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.RichText;
import org.agendum.model.TextStyle;
import org.agendum.ui.common.FocusedUndo;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.CommandKeys;
import org.agendum.ui.common.EditorStyles;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The annotation pane of the selected item (id {@code annotationEditor}): the formatting bar, the rich-text area and
 * the footnotes under it.
 *
 * <p>While the officer types, the pane keeps its own undo history (Ctrl+Z undoes typing). It hands its text back to
 * the item as exactly one {@link ReplaceAnnotation} on the meeting's command stack when the focus leaves the pane,
 * when another item is selected, or when the shell calls {@link #commitPending()} (before saving, exporting or
 * undoing from the menu); then the pane's history is forgotten. When the meeting changes underneath (an undo from
 * the menu, an edit elsewhere) the pane shows the item's new annotation, unless it holds typing not yet handed
 * back: that is committed first, so nothing typed is lost.
 */
public final class AnnotationEditor extends VBox implements FocusedUndo {
    private final MeetingViewModel viewModel;
    private final CommandStack stack;
    private final AnnotationArea area = new AnnotationArea();
    private final FootnotesPane footnotes = new FootnotesPane(area);
    private final AnnotationToolbar toolbar;
    private final Consumer<MeetingChange> stackListener = this::meetingChanged;
    private final ChangeListener<Node> focusListener = (obs, was, now) -> focusMoved(was, now);
    private final ChangeListener<ItemId> selectionListener = (obs, old, id) -> selectionChanged(id);
    /** The item shown, and its annotation as last loaded or handed back (what "uncommitted typing" differs from). */
    private ItemId item;
    private RichText base = RichText.EMPTY;
    /** Counts meetings replaced wholesale (a file opened); a hand-over deferred across one is dropped. */
    private long generation;
    private RunStyling activeStyling;

    public AnnotationEditor(MeetingViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.stack = viewModel.commandStack();
        setId("annotationEditor");
        getStyleClass().add("annotation-editor");
        EditorStyles.install(this);
        area.setStyle(EditorStyles.documentFontStyle());
        footnotes.setStyle(EditorStyles.documentFontStyle());
        Label placeholder = new Label("Write the annotation of this item here.");
        placeholder.getStyleClass().add("area-placeholder");
        area.setPlaceholder(placeholder, javafx.geometry.Pos.TOP_LEFT);
        activeStyling = area.styling();
        toolbar = new AnnotationToolbar(this);

        VirtualizedScrollPane<AnnotationArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.getStyleClass().add("annotation-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(toolbar, scroll, footnotes);

        area.onEditFootnoteProperty().set(footnotes::open);
        footnotes.setOnStyleShown(toolbar::refresh);
        area.shownStyleProperty().addListener(obs -> toolbar.refresh());
        area.caretPositionProperty().addListener(obs -> toolbar.refresh());
        area.selectionProperty().addListener(obs -> toolbar.refresh());
        area.numberingProperty().addListener(obs -> toolbar.refresh());
        // Ctrl+Z / Ctrl+Y: the pane's typing first, then the meeting's command stack
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (CommandKeys.isUndo(event)) {
                event.consume();
                if (!undo()) {
                    commitPending();
                    stack.undo();
                }
            } else if (CommandKeys.isRedo(event)) {
                event.consume();
                if (!redo()) {
                    commitPending();
                    stack.redo();
                }
            }
        });
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

    /** The rich-text area (for the shell's focus handling and for tests). */
    public AnnotationArea area() {
        return area;
    }

    /** The item whose annotation the pane shows; null when none is selected. */
    public ItemId shownItem() {
        return item;
    }

    /** True while the pane holds typing that is not yet on the command stack. */
    public boolean hasPendingChanges() {
        return item != null && !currentText().equals(base);
    }

    /**
     * Hands the pane's text back to the item as one {@link ReplaceAnnotation} (when it changed) and forgets the
     * pane's typing history. The shell calls it before saving, exporting, and undoing or redoing from the menu.
     */
    public void commitPending() {
        if (item == null) {
            return;
        }
        RichText text = currentText();
        if (text.equals(base)) {
            return;
        }
        base = text;
        handOver(item, text);
        area.getUndoManager().forgetHistory();
    }

    /** Ctrl+click on a link opens it with this (the shell passes the host services' showDocument). */
    public void setLinkOpener(Consumer<String> opener) {
        area.onOpenLinkProperty().set(Objects.requireNonNull(opener));
    }

    /** How the pane asks for a link's address (a dialog unless replaced). */
    public void setLinkPrompt(AnnotationArea.LinkPrompt prompt) {
        area.linkPromptProperty().set(Objects.requireNonNull(prompt));
    }

    /** Stops following the meeting (the window closed). */
    public void dispose() {
        stack.removeListener(stackListener);
        viewModel.selectedItemProperty().removeListener(selectionListener);
        if (getScene() != null) {
            getScene().focusOwnerProperty().removeListener(focusListener);
        }
    }

    @Override
    public boolean undo() {
        if (!holdsFocus()) {
            return false;
        }
        Optional<FootnoteField> field = footnotes.focusedField();
        if (field.isPresent() && field.get().isUndoAvailable()) {
            field.get().undo();
            return true;
        }
        if (area.isUndoAvailable()) {
            area.undo();
            return true;
        }
        return false;
    }

    @Override
    public boolean redo() {
        if (!holdsFocus()) {
            return false;
        }
        Optional<FootnoteField> field = footnotes.focusedField();
        if (field.isPresent() && field.get().isRedoAvailable()) {
            field.get().redo();
            return true;
        }
        if (area.isRedoAvailable()) {
            area.redo();
            return true;
        }
        return false;
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

    // ---- following the meeting ------------------------------------------------------------------------------

    private RichText currentText() {
        footnotes.commitAll();
        return area.text();
    }

    private void selectionChanged(ItemId id) {
        if (Objects.equals(id, item)) {
            return;
        }
        commitPending();
        show(id, viewModel.meeting(), true);
    }

    /**
     * Runs inside the command stack's notification (after the view-model has taken the change), where no edit may
     * be executed: a hand-over that is due is deferred until the notification is over.
     */
    private void meetingChanged(MeetingChange change) {
        Meeting after = change.after();
        if (change.kind() == MeetingChange.Kind.RESET) {
            generation++;
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
        RichText annotation = now.get().annotation();
        if (annotation.equals(base)) {
            return;
        }
        if (currentText().equals(base)) {
            int caret = area.getCaretPosition();
            show(item, after, false);
            area.moveTo(Math.min(caret, area.getLength()));
        } else {
            // typing not yet handed back: it goes on top of the change, once the notification is over
            Platform.runLater(this::commitPending);
        }
    }

    private void show(ItemId id, Meeting meeting, boolean fromTop) {
        item = id != null && meeting.agenda().contains(id) ? id : null;
        RichText text = item == null ? RichText.EMPTY : meeting.agenda().get(item).annotation();
        base = text;
        area.setEditable(item != null);
        area.firstFootnoteNumberProperty().set(item == null ? 1 : meeting.agenda().firstFootnoteNumber(item));
        area.load(text);
        footnotes.reloadAll();
        if (fromTop) {
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
        toolbar.refresh();
    }

    /** Executes the hand-over now, or, inside a change notification, as soon as it is over (same meeting only). */
    private void handOver(ItemId target, RichText text) {
        ReplaceAnnotation edit = new ReplaceAnnotation(target, text);
        try {
            if (stack.meeting().agenda().contains(target)) {
                stack.execute(edit);
            }
        } catch (IllegalStateException insideNotification) {
            long deferredIn = generation;
            Platform.runLater(() -> {
                if (deferredIn == generation && stack.meeting().agenda().contains(target)) {
                    stack.execute(edit);
                }
            });
        }
    }

    private void focusMoved(Node was, Node now) {
        if (now instanceof FootnoteField field) {
            activeStyling = field.styling();
        } else if (now == area) {
            activeStyling = area.styling();
        }
        if (contains(was) && !contains(now)) {
            commitPending();
            activeStyling = area.styling();
        }
        toolbar.refresh();
    }

    private boolean holdsFocus() {
        Scene scene = getScene();
        return scene != null && contains(scene.getFocusOwner());
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
