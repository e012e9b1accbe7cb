package org.agendum.ui.window;

import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditItemHeading;
import org.agendum.edit.SetListEnd;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.ItemId;
import org.agendum.model.ListEnd;
import org.agendum.ui.common.CommandKeys;
import org.agendum.ui.common.CurlyQuotes;
import org.agendum.ui.common.VersionLanguage;
import org.agendum.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * An item's two rare overrides, in a row under its title (id {@code itemOverrides}): the annotation's own heading
 * (empty: the title; typing is one merged {@link EditItemHeading} per visit) and how its list entry ends
 * ({@link SetListEnd}). Most items have neither, so the row is folded away behind a small toggle beside the title
 * ({@code itemMoreToggle}) and the annotation keeps its room; it opens by itself for an item that has one.
 */
final class ItemOverrides {
    private static final PseudoClass OVERRIDDEN = PseudoClass.getPseudoClass("overridden");

    private final CommandStack stack;
    private final Runnable onEnter;
    /** Empty until first opened: most items never need it, and a start need not build or style its fields. */
    private final HBox row = new HBox();
    private TextField heading;
    private ChoiceBox<ListEnd> listEnd;
    private final ToggleButton toggle = new ToggleButton("More");
    private ItemId item;
    private AgendaItem shown;
    private boolean updating;

    ItemOverrides(CommandStack stack, Runnable onEnter) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.onEnter = Objects.requireNonNull(onEnter, "onEnter");
        row.setId("itemOverrides");
        row.getStyleClass().add("item-overrides");
        row.setAlignment(Pos.CENTER_LEFT);

        toggle.setId("itemMoreToggle");
        toggle.getStyleClass().add("item-more-toggle");
        toggle.setGraphic(Icons.icon(Material2AL.EXPAND_MORE));
        toggle.setMnemonicParsing(false);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setTooltip(new Tooltip("Annotation heading and list punctuation of this item"));
        toggle.selectedProperty().addListener((obs, was, open) -> {
            if (open) {
                fields();
            }
            row.setVisible(open);
            row.setManaged(open);
            toggle.setGraphic(Icons.icon(open ? Material2AL.EXPAND_LESS : Material2AL.EXPAND_MORE));
        });
        row.setVisible(false);
        row.setManaged(false);
    }

    /** Builds the row's two fields, once, showing the item shown. */
    private void fields() {
        if (heading != null) {
            return;
        }
        heading = new TextField();
        heading.setId("itemHeading");
        heading.getStyleClass().add("item-heading-field");
        heading.setAccessibleText("Annotation heading");
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.textProperty().addListener((obs, old, text) -> {
            if (!updating && item != null && !text.equals(shown.heading())) {
                stack.execute(new EditItemHeading(item, text));
            }
        });
        heading.focusedProperty().addListener((obs, was, focused) -> stack.preventMerge());
        heading.setOnAction(event -> onEnter.run());
        CurlyQuotes.install(heading, () -> VersionLanguage.marks(stack.meeting()));
        CommandKeys.routeToStack(heading, stack);

        listEnd = new ChoiceBox<>();
        listEnd.setId("itemListEnd");
        listEnd.getItems().setAll(ListEnd.values());
        ChoiceBox<ListEnd> choices = listEnd;
        listEnd.setConverter(new StringConverter<>() {
            @Override
            public String toString(ListEnd end) {
                return end == null ? "" : end.label();
            }

            @Override
            public ListEnd fromString(String text) {
                return choices.getItems().stream().filter(e -> e.label().equals(text)).findFirst().orElse(null);
            }
        });
        listEnd.setAccessibleText("List punctuation");
        listEnd.valueProperty().addListener((obs, old, end) -> {
            if (!updating && item != null && end != null && end != shown.listEnd()) {
                stack.preventMerge();
                stack.execute(new SetListEnd(item, end));
            }
        });
        row.getChildren().setAll(label("Annotation heading", heading), heading, label("List punctuation", listEnd),
                listEnd);
        showFields();
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.getStyleClass().add("item-overrides-label");
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** The row of the two fields, to go under the title. */
    HBox row() {
        return row;
    }

    /** The toggle that opens and folds the row, to go beside the title. */
    ToggleButton toggle() {
        return toggle;
    }

    /** Shows {@code selected}'s overrides (null: no item); a newly shown item that has one opens the row. */
    void show(AgendaItem selected) {
        boolean otherItem = !Objects.equals(item, selected == null ? null : selected.id());
        item = selected == null ? null : selected.id();
        shown = selected;
        boolean overridden = selected != null && (!selected.heading().isEmpty() || selected.listEnd() != ListEnd.DERIVED);
        showFields();
        toggle.setDisable(selected == null);
        // the toggle says, even folded, that this item prints otherwise than its title and the rule
        toggle.pseudoClassStateChanged(OVERRIDDEN, overridden);
        if (otherItem && overridden) {
            toggle.setSelected(true);
        }
    }

    /** The shown item's overrides in the fields, once they exist. */
    private void showFields() {
        if (heading == null) {
            return;
        }
        updating = true;
        try {
            String text = shown == null ? "" : shown.heading();
            if (!heading.getText().equals(text)) {
                heading.setText(text);
            }
            heading.setPromptText(shown == null || shown.title().isBlank() ? "The item's title"
                    : AgendaPunctuation.heading(shown.title()));
            listEnd.setValue(shown == null ? ListEnd.DERIVED : shown.listEnd());
        } finally {
            updating = false;
        }
        heading.setDisable(shown == null);
        listEnd.setDisable(shown == null);
    }

    /** Opens the row and puts the focus on the list punctuation (a problem about it was clicked). */
    void showListEnd() {
        toggle.setSelected(true);
        listEnd.requestFocus();
    }
}
