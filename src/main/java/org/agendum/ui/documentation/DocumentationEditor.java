package org.agendum.ui.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.agendum.edit.AddDocumentation;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditDocumentation;
import org.agendum.edit.MoveDocumentation;
import org.agendum.edit.RemoveDocumentation;
import org.agendum.model.AgendaItem;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.CommandKeys;
import org.agendum.ui.common.EditorStyles;
import org.agendum.ui.common.Icons;
import org.agendum.ui.common.VersionLanguage;
import org.agendum.ui.common.ViewEdits;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The selected item's "Documentation" list (id {@code documentationEditor}): a row per document, description then
 * symbol. Every keystroke is an {@link EditDocumentation} (typing in one field merges into one undo step); add,
 * remove and move are one command each. Alt+Up / Alt+Down move the entry being edited, Alt+Delete removes it,
 * Alt+Insert adds one after it. A symbol that does not look like a UN symbol is flagged beside its field.
 */
public final class DocumentationEditor extends VBox {
    public static final KeyCodeCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    public static final KeyCodeCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    public static final KeyCodeCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.ALT_DOWN);
    public static final KeyCodeCombination ADD = new KeyCodeCombination(KeyCode.INSERT, KeyCombination.ALT_DOWN);

    private final MeetingViewModel viewModel;
    private final CommandStack stack;
    private final VBox rowsBox = new VBox();
    private final List<DocumentationRow> rows = new ArrayList<>();
    /**
     * Rows an item with a shorter list gave up, for the next item with a longer one: a row is many controls, whose
     * skins are costly to make (an undo in a long agenda shows one item after another).
     */
    private final List<DocumentationRow> spare = new ArrayList<>();
    private final Button add;
    private final Label empty = new Label("No documents listed for this item.");
    private final ChangeListener<Meeting> meetingListener = (obs, old, meeting) -> refresh();
    private final ChangeListener<ItemId> selectionListener = (obs, old, id) -> refresh();
    /** Where a refused change is said (the status bar). */
    private Consumer<String> messages = message -> { };
    private ItemId item;
    private boolean updating;

    public DocumentationEditor(MeetingViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.stack = viewModel.commandStack();
        setId("documentationEditor");
        getStyleClass().add("documentation-editor");
        EditorStyles.install(this);
        Label heading = new Label("Documentation");
        heading.getStyleClass().add("editor-section-heading");
        rowsBox.getStyleClass().add("documentation-rows");
        empty.getStyleClass().add("editor-placeholder");
        add = Icons.tool(new Button("Add document"), Material2AL.ADD, "Add a document to the list",
                ADD.getDisplayText());
        add.setId("addDocumentButton");
        add.setFocusTraversable(true);
        add.setOnAction(event -> addAfter(rows.size() - 1));
        HBox footer = new HBox(add);
        footer.getStyleClass().add("documentation-footer");
        getChildren().addAll(heading, empty, rowsBox, footer);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        viewModel.meetingProperty().addListener(meetingListener);
        viewModel.selectedItemProperty().addListener(selectionListener);
        refresh();
    }

    /** Puts the caret into the description of entry {@code index} (the validation panel shows a document so). */
    public void showEntry(int index) {
        if (index >= 0 && index < rows.size()) {
            TextInputControl field = rows.get(index).description;
            field.requestFocus();
            field.positionCaret(field.getLength());
        }
    }

    /** Puts the caret into the symbol of entry {@code index}. */
    public void showSymbol(int index) {
        if (index >= 0 && index < rows.size()) {
            TextInputControl field = rows.get(index).symbol;
            field.requestFocus();
            field.positionCaret(field.getLength());
        }
    }

    /** Stops following the meeting (the window closed). */
    /** Where the list says why a change was refused (the window's status bar). */
    public void setMessages(Consumer<String> messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    public void dispose() {
        viewModel.meetingProperty().removeListener(meetingListener);
        viewModel.selectedItemProperty().removeListener(selectionListener);
    }

    private List<DocumentationEntry> entries() {
        if (item == null) {
            return List.of();
        }
        return viewModel.meeting().agenda().find(item).map(AgendaItem::documentation).orElse(List.of());
    }

    /** Shows the selected item's list: rows are refilled in place, and added or dropped only at the end. */
    private void refresh() {
        ItemId selected = viewModel.selectedItem();
        item = selected != null && viewModel.meeting().agenda().contains(selected) ? selected : null;
        List<DocumentationEntry> entries = entries();
        updating = true;
        try {
            if (rows.size() > entries.size()) {
                List<DocumentationRow> gone = rows.subList(entries.size(), rows.size());
                rowsBox.getChildren().removeAll(gone);
                spare.addAll(gone);
                gone.clear();
            }
            List<DocumentationRow> added = new ArrayList<>();
            while (rows.size() + added.size() < entries.size()) {
                added.add(spare.isEmpty() ? newRow() : spare.remove(spare.size() - 1));
            }
            rows.addAll(added);
            rowsBox.getChildren().addAll(added);
            for (int i = 0; i < entries.size(); i++) {
                rows.get(i).setIndex(i, entries.size());
                rows.get(i).show(entries.get(i));
            }
        } finally {
            updating = false;
        }
        empty.setVisible(entries.isEmpty());
        empty.setManaged(entries.isEmpty());
        add.setDisable(item == null);
    }

    private DocumentationRow newRow() {
        DocumentationRow row = new DocumentationRow(VersionLanguage.quoteMarks(viewModel));
        ChangeListener<String> typed = (obs, old, text) -> {
            if (!updating) {
                edit(row);
            }
        };
        row.description.textProperty().addListener(typed);
        row.symbol.textProperty().addListener(typed);
        for (TextInputControl field : List.of(row.description, row.symbol)) {
            // each visit to a field is its own undo step, however the keystrokes inside it merge
            field.focusedProperty().addListener((obs, was, focused) -> stack.preventMerge());
            CommandKeys.routeToStack(field, stack);
        }
        row.up.setOnAction(event -> move(rows.indexOf(row), -1, row.up));
        row.down.setOnAction(event -> move(rows.indexOf(row), 1, row.down));
        row.remove.setOnAction(event -> remove(rows.indexOf(row)));
        return row;
    }

    private void edit(DocumentationRow row) {
        int index = rows.indexOf(row);
        if (item == null || index < 0) {
            return;
        }
        DocumentationEntry entry = row.entry();
        if (!entry.equals(entries().get(index))) {
            ViewEdits.execute(stack, new EditDocumentation(item, index, entry), messages, this::refresh);
        }
    }

    private void addAfter(int index) {
        if (item == null) {
            return;
        }
        int at = Math.min(index + 1, rows.size());
        if (ViewEdits.execute(stack, new AddDocumentation(item, at, new DocumentationEntry("", "")), messages,
                this::refresh)) {
            showEntry(at);
        }
    }

    private void remove(int index) {
        if (item == null || index < 0 || index >= rows.size()) {
            return;
        }
        stack.execute(new RemoveDocumentation(item, index));
        if (rows.isEmpty()) {
            add.requestFocus();
        } else {
            showEntry(Math.min(index, rows.size() - 1));
        }
    }

    /** Moves entry {@code index} by {@code delta}; the focus follows the entry into its new row. */
    private void move(int index, int delta, javafx.scene.Node focusedBefore) {
        int to = index + delta;
        if (item == null || index < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        DocumentationRow from = rows.get(index);
        boolean inSymbol = from.symbol.isFocused();
        int caret = inSymbol ? from.symbol.getCaretPosition() : from.description.getCaretPosition();
        stack.execute(new MoveDocumentation(item, index, to));
        DocumentationRow target = rows.get(to);
        if (focusedBefore instanceof Button button && !button.isFocused()) {
            // moved with the mouse: keep the focus where it was
            return;
        }
        TextInputControl field = inSymbol ? target.symbol : target.description;
        field.requestFocus();
        field.positionCaret(Math.min(caret, field.getLength()));
    }

    private void keyPressed(KeyEvent event) {
        int index = focusedRow();
        if (index < 0) {
            if (ADD.match(event)) {
                event.consume();
                addAfter(rows.size() - 1);
            }
            return;
        }
        if (MOVE_UP.match(event)) {
            event.consume();
            move(index, -1, null);
        } else if (MOVE_DOWN.match(event)) {
            event.consume();
            move(index, 1, null);
        } else if (REMOVE.match(event)) {
            event.consume();
            remove(index);
        } else if (ADD.match(event)) {
            event.consume();
            addAfter(index);
        }
    }

    private int focusedRow() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).description.isFocused() || rows.get(i).symbol.isFocused()) {
                return i;
            }
        }
        return -1;
    }
}
