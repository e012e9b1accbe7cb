package org.agendum.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.agendum.model.DocumentationEntry;

/** An item's "Documentation" list (id {@code documentationView}); hidden when the item lists no documents. */
final class DocumentationView extends VBox {
    private final Consumer<String> openLink;

    DocumentationView(Consumer<String> openLink) {
        this.openLink = openLink;
        setId("documentationView");
        getStyleClass().addAll("documentation", "document-text");
    }

    void show(List<DocumentationEntry> entries) {
        getChildren().clear();
        boolean any = !entries.isEmpty();
        setVisible(any);
        setManaged(any);
        if (!any) {
            return;
        }
        Label heading = new Label("Documentation");
        heading.getStyleClass().add("documentation-heading");
        getChildren().add(heading);
        for (DocumentationEntry entry : entries) {
            TextFlow line = RichTextNodes.flow(DocumentationLine.segments(entry), openLink);
            line.getStyleClass().add("documentation-entry");
            getChildren().add(line);
        }
    }
}
