package org.agendum.ui.window;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.ui.annotation.AnnotationEditor;
import org.agendum.ui.annotation.AnnotationPane;
import org.agendum.ui.common.CommandKeys;
import org.agendum.ui.common.CurlyQuotes;
import org.agendum.ui.common.VersionLanguage;
import org.agendum.ui.common.EditorStyles;
import org.agendum.ui.common.GrowingTextArea;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.ViewEdits;
import org.agendum.ui.documentation.DocumentationEditor;

/**
 * The right side of the window for the selected item (id {@code itemEditor}): its heading "1 (a)" with the title
 * editable beside it, the item's rare overrides folded under it ({@link ItemOverrides}), the annotation pane and the
 * Documentation list. Every keystroke in any of them is a command
 * on the meeting's stack at once: title typing is one {@link RenameItem} per visit to the field (keystrokes merge),
 * the annotation's typing merges into "Edit annotation" steps (see {@link AnnotationEditor}), the list's changes are
 * commands of their own. The shell mounts {@link #node()}.
 */
public final class ItemEditor {
    /** Where the divider between the annotation and the Documentation list starts. */
    static final double DIVIDER = 0.7;

    private final MeetingViewModel viewModel;
    private final CommandStack stack;
    private final VBox root = new VBox();
    private final Label number = new Label();
    private final GrowingTextArea title = new GrowingTextArea(1, 3);
    private final AnnotationPane annotation;
    private final DocumentationEditor documentation;
    private final ItemOverrides overrides;
    private final ChangeListener<Meeting> meetingListener = (obs, old, meeting) -> refresh();
    private final ChangeListener<ItemId> selectionListener = (obs, old, id) -> refresh();
    private ItemId item;
    private boolean updating;
    /** Where a refused change is said (the status bar). */
    private Consumer<String> messages = message -> { };

    public ItemEditor(MeetingViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.stack = viewModel.commandStack();
        annotation = new AnnotationPane(viewModel);
        documentation = new DocumentationEditor(viewModel);

        root.setId("itemEditor");
        root.getStyleClass().add("item-editor");
        EditorStyles.install(root);
        number.setId("itemNumber");
        number.getStyleClass().add("item-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        title.setId("itemTitle");
        title.getStyleClass().add("item-title-field");
        title.setPromptText("Title of the item");
        title.setAccessibleText("Title of the item");
        HBox.setHgrow(title, Priority.ALWAYS);
        overrides = new ItemOverrides(stack, this::editAnnotation);
        HBox heading = new HBox(number, title, overrides.toggle());
        heading.setId("itemEditorHeading");
        heading.getStyleClass().add("item-editor-heading");
        heading.setAlignment(Pos.TOP_LEFT);

        ScrollPane documentationScroll = new ScrollPane(documentation);
        documentationScroll.setFitToWidth(true);
        documentationScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        documentationScroll.getStyleClass().add("documentation-scroll");
        documentationScroll.setMinHeight(0);
        // the annotation over the Documentation list; the officer drags the divider to give either more room,
        // and a taller window gives its height to the annotation
        SplitPane split = new SplitPane(annotation, documentationScroll);
        split.setId("itemEditorSplit");
        split.getStyleClass().add("item-editor-split");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(DIVIDER);
        SplitPane.setResizableWithParent(documentationScroll, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(heading, overrides.row(), split);

        title.textProperty().addListener((obs, old, text) -> {
            if (!updating && item != null && !text.equals(currentTitle())) {
                ViewEdits.execute(stack, new RenameItem(item, text), messages, this::refresh);
            }
        });
        // one visit to the title field, one undo step
        title.focusedProperty().addListener((obs, was, focused) -> stack.preventMerge());
        // the title is one line of the agenda: Enter goes on to the annotation
        title.oneParagraph(this::editAnnotation);
        CurlyQuotes.install(title, VersionLanguage.quoteMarks(viewModel));
        CommandKeys.routeToStack(title, stack);
        viewModel.meetingProperty().addListener(meetingListener);
        viewModel.selectedItemProperty().addListener(selectionListener);
        refresh();
    }

    /** What the shell puts on the right side of the window. */
    public Node node() {
        return root;
    }

    /** Puts the caret into the title field (e.g. after adding an item). */
    public void editTitle() {
        title.requestFocus();
        title.selectAll();
    }

    /** Puts the caret into the annotation. */
    public void editAnnotation() {
        annotation.editor().area().requestFocus();
    }

    /**
     * Puts the caret into Documentation entry {@code index} of the shown item (the validation panel shows a
     * document's problem so): into its symbol when the symbol is malformed, else into its description.
     */
    public void showDocumentation(int index) {
        List<DocumentationEntry> entries = item == null ? List.of()
                : viewModel.meeting().agenda().get(item).documentation();
        if (index >= 0 && index < entries.size() && !DocumentSymbol.isWellFormed(entries.get(index).symbol())) {
            documentation.showSymbol(index);
        } else {
            documentation.showEntry(index);
        }
    }

    /** Opens the item's overrides and puts the focus on its list punctuation (the validation panel calls this). */
    public void showListEnd() {
        overrides.showListEnd();
    }

    /** Ctrl+click on a link in the annotation opens it with this (e.g. the host services' showDocument). */
    public void setLinkOpener(Consumer<String> opener) {
        annotation.setLinkOpener(opener);
    }

    /** Where the editor says why a change was refused, or a link not opened or made (the status bar). */
    public void setMessages(Consumer<String> messages) {
        this.messages = Objects.requireNonNull(messages);
        annotation.setMessages(messages);
        documentation.setMessages(messages);
    }

    /** The annotation's editor, built now if it has not been yet (see {@link AnnotationPane}). */
    public AnnotationEditor annotationEditor() {
        return annotation.editor();
    }

    public DocumentationEditor documentationEditor() {
        return documentation;
    }

    /** Stops following the meeting (the window closed). */
    public void dispose() {
        annotation.dispose();
        documentation.dispose();
        viewModel.meetingProperty().removeListener(meetingListener);
        viewModel.selectedItemProperty().removeListener(selectionListener);
    }

    private String currentTitle() {
        return viewModel.meeting().agenda().find(item).map(AgendaItem::title).orElse("");
    }

    private void refresh() {
        ItemId selected = viewModel.selectedItem();
        Agenda agenda = viewModel.meeting().agenda();
        Optional<Agenda.NumberedItem> numbered = selected == null ? Optional.empty() : agenda.numbered(selected);
        boolean changedItem = !Objects.equals(item, numbered.map(n -> n.item().id()).orElse(null));
        item = numbered.map(n -> n.item().id()).orElse(null);
        if (changedItem) {
            stack.preventMerge();
        }
        updating = true;
        try {
            number.setText(numbered.map(n -> VersionLanguage.reference(viewModel.meeting(), n)).orElse(""));
            String text = numbered.map(n -> n.item().title()).orElse("");
            if (!title.getText().equals(text)) {
                title.setText(text);
            }
            title.setDisable(item == null);
            overrides.show(numbered.map(Agenda.NumberedItem::item).orElse(null));
            title.setPromptText(item == null
                    ? (agenda.items().isEmpty() ? "The agenda has no items yet" : "No item selected")
                    : "Title of the item");
        } finally {
            updating = false;
        }
    }
}
