package org.agendum.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A line of a panel's list that goes to what it names when clicked (a problem, a change): wrapped to the list's
 * width rather than widening it, one click with the primary button.
 */
public abstract class GoToCell<T> extends ListCell<T> {
    protected GoToCell(String styleClass, Consumer<T> goTo) {
        getStyleClass().add(styleClass);
        setWrapText(true);
        setPrefWidth(0);
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && getItem() != null) {
                goTo.accept(getItem());
            }
        });
    }
}
