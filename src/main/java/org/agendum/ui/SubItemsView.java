package org.agendum.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.agendum.model.ItemId;

/** The sub-items of the shown item as links that select them (id {@code subItemsView}); hidden when it has none. */
final class SubItemsView extends VBox {
    private final Consumer<ItemId> select;

    SubItemsView(Consumer<ItemId> select) {
        this.select = select;
        setId("subItemsView");
        getStyleClass().add("sub-items");
    }

    void show(List<AgendaRow> rows) {
        getChildren().clear();
        boolean any = !rows.isEmpty();
        setVisible(any);
        setManaged(any);
        if (!any) {
            return;
        }
        Label heading = new Label("Sub-items");
        heading.getStyleClass().add("sub-items-heading");
        getChildren().add(heading);
        for (AgendaRow row : rows) {
            Hyperlink link = new Hyperlink(row.text());
            link.getStyleClass().add("sub-item-link");
            link.setWrapText(true);
            link.setOnAction(event -> select.accept(row.id()));
            getChildren().add(link);
        }
    }
}
