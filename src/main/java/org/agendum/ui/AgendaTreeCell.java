package org.agendum.ui;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One line of the agenda tree: the derived label in its own column and the title, which wraps with a hanging
 * indent instead of being cut off. The cell's text is the whole line ("1. Organizational matters") for
 * accessibility and tests; what is drawn is the two labels.
 */
final class AgendaTreeCell extends TreeCell<AgendaRow> {
    private static final PseudoClass UNTITLED = PseudoClass.getPseudoClass("untitled");
    private final Label number = new Label();
    private final Label title = new Label();
    private final HBox line = new HBox(number, title);

    AgendaTreeCell() {
        getStyleClass().add("agenda-cell");
        number.getStyleClass().add("item-number");
        number.setMinWidth(Label.USE_PREF_SIZE);
        title.getStyleClass().add("item-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        line.setAlignment(Pos.BASELINE_LEFT);
        line.getStyleClass().add("agenda-line");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new AgendaTreeCellSkin(this);
    }

    @Override
    protected void updateItem(AgendaRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(null);
            setGraphic(null);
            pseudoClassStateChanged(UNTITLED, false);
            return;
        }
        setText(row.text());
        number.setText(row.label());
        title.setText(row.isUntitled() ? AgendaRow.UNTITLED : row.title().strip());
        setGraphic(line);
        pseudoClassStateChanged(UNTITLED, row.isUntitled());
    }
}
