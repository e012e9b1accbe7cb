package org.agendum.ui.tree;

import java.util.List;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.agendum.edit.DropPosition;
import org.agendum.model.ItemId;
import org.agendum.model.ItemMark;
import org.agendum.ui.common.BrokenLines;
import org.agendum.ui.common.CommandKeys;
import org.agendum.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * One line of the agenda tree: the derived label in its own column and the title, which wraps with a hanging
 * indent instead of being cut off. The whole line ("1. Organizational matters") is the cell's accessible text and its
 * row's {@link AgendaRow#text()}; what is drawn is the two labels. The cell's own text stays empty: a labeled
 * control whose text changes puts its graphic into the scene again, and the line's CSS would be worked out anew for
 * every row shown or changed.
 *
 * <p>An item that no meeting of the organization of work takes up has a small calendar mark after its title
 * (style class {@code unscheduled-mark}, with a tooltip saying what it means) and the pseudo-class
 * {@code unscheduled}; its accessible text says so too. An item still to review (taken over from last session's
 * meeting by File ▸ New Session from This Meeting) has a small "review" badge at the end of its line (style class
 * {@code review-badge}, with a tooltip) and the pseudo-class {@code review}; one still to translate (File ▸ New
 * Language Version) a "translate" badge ({@code translate-badge}) and the pseudo-class {@code translate}; its
 * accessible text says so.
 *
 * <p>Renaming in place: the title becomes a text field ({@code renameField}) whose every keystroke renames the item
 * on the command stack at once (one merging "Rename item" step per visit); Enter or leaving the field ends the
 * rename, Escape types the old title back (and so leaves no step). While an item is dragged over it, the cell
 * shows where the item would land with the pseudo-classes {@code drop-before}, {@code drop-into},
 * {@code drop-after}, or {@code drop-refused} when the drop is not allowed.
 */
final class AgendaTreeCell extends TreeCell<AgendaRow> {
    static final PseudoClass UNTITLED = PseudoClass.getPseudoClass("untitled");
    static final PseudoClass UNSCHEDULED = PseudoClass.getPseudoClass("unscheduled");
    static final PseudoClass REVIEW = PseudoClass.getPseudoClass("review");
    static final PseudoClass TRANSLATE = PseudoClass.getPseudoClass("translate");
    static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");
    static final PseudoClass DROP_INTO = PseudoClass.getPseudoClass("drop-into");
    static final PseudoClass DROP_AFTER = PseudoClass.getPseudoClass("drop-after");
    static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");

    private final Label number = new Label();
    private final Label title = new Label();
    /** Always in the line, shown or not: a node put into the scene again is styled again (see the constructor). */
    private final Label reviewBadge = new Label("review");
    private final Label translateBadge = new Label("translate");
    /** The title in a right-to-left tree, broken into lines by hand (see {@link BrokenLines}). */
    private final BrokenLines brokenTitle = new BrokenLines();
    private final HBox line = new HBox(number, title, reviewBadge, translateBadge);
    private final Label unscheduledMark = new Label(null, Icons.icon(Material2OutlinedAL.EVENT_BUSY));
    private TextField field;
    /** The row's line while it is renamed: the number and the field; kept, so that the field keeps the focus. */
    private HBox editLine;
    /** The item being renamed, kept apart from {@link #getItem()}, which changes when the cell is reused. */
    private ItemId editingId;

    AgendaTreeCell() {
        getStyleClass().add("agenda-cell");
        number.getStyleClass().add("item-number");
        number.setMinWidth(Label.USE_PREF_SIZE);
        title.getStyleClass().add("item-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        // JavaFX 21 lays a right-to-left title that wraps out past its start, over the number: in an Arabic version
        // the title is broken into lines here, the mark after it in the line
        brokenTitle.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(brokenTitle, Priority.ALWAYS);
        effectiveNodeOrientationProperty().addListener((obs, was, now) -> placeTitle());
        line.setAlignment(Pos.BASELINE_LEFT);
        line.getStyleClass().add("agenda-line");
        // the title's graphic, so that the mark sits right after the title's text, not at the far end of the row
        title.setContentDisplay(ContentDisplay.RIGHT);
        badge(reviewBadge, "review-badge", AgendaRow.REVIEW);
        badge(translateBadge, "translate-badge", AgendaRow.TRANSLATE);
        unscheduledMark.getStyleClass().add("unscheduled-mark");
        unscheduledMark.setMinWidth(Label.USE_PREF_SIZE);
        unscheduledMark.setTooltip(Icons.tip(AgendaRow.UNSCHEDULED));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Cells are emptied and filled again all the time (each edit that adds or removes a row does it to every
        // visible cell): a graphic set anew enters the scene again and its CSS is worked out again, a large part of
        // an edit's time on a large agenda. So the line stays the graphic and is hidden while the cell is empty.
        setGraphic(line);
    }

    private static void badge(Label badge, String styleClass, String meaning) {
        badge.getStyleClass().add(styleClass);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setVisible(false);
        badge.setTooltip(Icons.tip(meaning));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new AgendaTreeCellSkin(this);
    }

    @Override
    protected void updateItem(AgendaRow row, boolean empty) {
        super.updateItem(row, empty);
        showDrop(null, false);
        if (empty || row == null) {
            setAccessibleText(null);
            line.setVisible(false);
            pseudoClassStateChanged(UNTITLED, false);
            pseudoClassStateChanged(UNSCHEDULED, false);
            pseudoClassStateChanged(REVIEW, false);
            pseudoClassStateChanged(TRANSLATE, false);
            return;
        }
        setAccessibleText(row.accessibleText());
        number.setText(row.label());
        title.setText(row.isUntitled() ? AgendaRow.UNTITLED : row.title().strip());
        placeTitle();
        line.setVisible(true);
        pseudoClassStateChanged(UNTITLED, row.isUntitled());
        pseudoClassStateChanged(UNSCHEDULED, row.unscheduled());
        pseudoClassStateChanged(REVIEW, row.mark() == ItemMark.REVIEW);
        pseudoClassStateChanged(TRANSLATE, row.mark() == ItemMark.TRANSLATE);
        reviewBadge.setVisible(row.mark() == ItemMark.REVIEW);
        translateBadge.setVisible(row.mark() == ItemMark.TRANSLATE);
        if (isEditing() && field != null) {
            if (getGraphic() != editLine) {
                setGraphic(editLine); // the row changes with every keystroke: the field must stay where it is
            }
        } else {
            setGraphic(line);
        }
    }

    /**
     * The title as a label that wraps, its mark as its graphic; or, right to left, broken into lines by hand with
     * the mark beside it in the line.
     */
    private void placeTitle() {
        AgendaRow row = getItem();
        boolean unscheduled = row != null && !isEmpty() && row.unscheduled();
        if (getEffectiveNodeOrientation() != NodeOrientation.RIGHT_TO_LEFT) {
            title.setGraphic(unscheduled ? unscheduledMark : null);
            if (line.getChildren().get(1) != title) {
                line.getChildren().setAll(number, title, reviewBadge, translateBadge);
            }
            return;
        }
        title.setGraphic(null);
        brokenTitle.setRuns(List.of(new BrokenLines.Run(title.getText(), List.of("item-title-text"))));
        List<Node> wanted = unscheduled ? List.of(number, brokenTitle, unscheduledMark, reviewBadge, translateBadge)
                : List.of(number, brokenTitle, reviewBadge, translateBadge);
        if (!line.getChildren().equals(wanted)) {
            line.getChildren().setAll(wanted);
        }
    }

    // ---- renaming ------------------------------------------------------------------------------------------

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing() || getItem() == null) {
            return;
        }
        editingId = getItem().id();
        String original = getItem().title();
        field = new TextField(original);
        field.setId("renameField");
        field.getStyleClass().add("rename-field");
        field.setPromptText("Title of the item");
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (CommandKeys.isUndo(event) || CommandKeys.isRedo(event)) {
                // one history in the window: the rename ends and the stack undoes (the field has none of its own)
                event.consume();
                boolean undo = CommandKeys.isUndo(event);
                commitTyped();
                if (getTreeView() instanceof AgendaTreeView tree) {
                    tree.undoOrRedo(undo);
                }
                return;
            }
            switch (event.getCode()) {
                case ENTER -> {
                    event.consume();
                    commitTyped();
                }
                case ESCAPE -> {
                    event.consume();
                    if (getTreeView() instanceof AgendaTreeView tree && editingId != null) {
                        tree.renameTyped(editingId, original);
                    }
                    cancelEdit();
                }
                default -> {
                }
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is && isEditing()) {
                commitTyped(); // clicking elsewhere keeps what was typed, as in a file manager
            }
        });
        ItemId id = editingId;
        if (getTreeView() instanceof AgendaTreeView tree) {
            tree.renameStarts();
            field.textProperty().addListener((obs, old, text) -> tree.renameTyped(id, text));
        }
        editLine = editLine();
        setGraphic(editLine);
        field.requestFocus();
        field.selectAll();
        TextField started = field;
        Platform.runLater(() -> {
            // a row that has just been added may get its place on screen only in this pulse
            if (field == started && !started.isFocused()) {
                started.requestFocus();
                started.selectAll();
            }
        });
    }

    private HBox editLine() {
        HBox box = new HBox(number, field);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("agenda-line");
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    /** Ends the rename with what the field holds (already on the stack: the commit only closes the step). */
    void commitTyped() {
        if (isEditing() && field != null && getItem() != null) {
            commitEdit(getItem().withTitle(field.getText()));
        }
    }

    @Override
    public void commitEdit(AgendaRow row) {
        super.commitEdit(row);
        endEditing();
    }

    /**
     * Escape (which has typed the old title back) and any other end of editing that is not a commit (a click on
     * another row, the tree changing under the row): what was typed is on the stack already and stays, as a file
     * manager keeps it.
     */
    @Override
    public void cancelEdit() {
        super.cancelEdit();
        endEditing();
    }

    private void endEditing() {
        if (field == null) {
            return;
        }
        field = null;
        editLine = null;
        editingId = null;
        if (number.getParent() != line) {
            line.getChildren().add(0, number); // the edit line borrowed it
        }
        line.setVisible(!isEmpty());
        setGraphic(line);
    }

    // ---- drop indicators -----------------------------------------------------------------------------------

    /** Shows where a drop would land here (null: no indicator), or that it is refused. */
    void showDrop(DropPosition position, boolean refused) {
        pseudoClassStateChanged(DROP_BEFORE, !refused && position == DropPosition.BEFORE);
        pseudoClassStateChanged(DROP_INTO, !refused && position == DropPosition.INTO);
        pseudoClassStateChanged(DROP_AFTER, !refused && position == DropPosition.AFTER);
        pseudoClassStateChanged(DROP_REFUSED, refused);
    }
}
