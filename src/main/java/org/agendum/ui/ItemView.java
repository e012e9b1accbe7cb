package org.agendum.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The selected item, read-only (id {@code itemView}): its heading ({@code itemHeading}), its annotation, its
 * Documentation list and links to its sub-items. Re-rendered when the meeting or the selection changes, and only then.
 */
final class ItemView extends ScrollPane {
    private final MeetingViewModel viewModel;
    private final Label heading = new Label();
    private final AnnotationView annotation;
    private final DocumentationView documentation;
    private final SubItemsView subItems;
    private Optional<ItemContent> shown;

    ItemView(MeetingViewModel viewModel, Consumer<String> openLink) {
        this.viewModel = viewModel;
        this.annotation = new AnnotationView(openLink);
        this.documentation = new DocumentationView(openLink);
        this.subItems = new SubItemsView(viewModel::select);
        setId("itemView");
        getStyleClass().add("item-view");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        heading.setId("itemHeading");
        heading.getStyleClass().add("item-heading");
        heading.setWrapText(true);
        VBox page = new VBox(heading, annotation, documentation, subItems);
        page.getStyleClass().add("item-page");
        String font = DocumentFont.style();
        annotation.setStyle(font);
        documentation.setStyle(font);
        setContent(page);

        viewModel.meetingProperty().addListener(obs -> render());
        viewModel.selectedItemProperty().addListener(obs -> render());
        render();
    }

    private void render() {
        Optional<ItemContent> content = ItemContent.of(viewModel.meeting(), viewModel.selectedItem());
        if (content.equals(shown)) {
            return;
        }
        boolean sameItem = shown != null && shown.isPresent() && content.isPresent()
                && shown.get().id().equals(content.get().id());
        shown = content;
        if (content.isPresent()) {
            heading.setText(content.get().heading());
            annotation.show(content.get().annotation());
            documentation.show(content.get().documentation());
            subItems.show(content.get().subItems());
        } else {
            heading.setText(viewModel.meeting().agenda().items().isEmpty()
                    ? "The agenda has no items yet" : "No item selected");
            annotation.show(AnnotationLayout.EMPTY);
            documentation.show(List.of());
            subItems.show(List.of());
        }
        if (!sameItem) {
            setVvalue(getVmin());
        }
    }
}
