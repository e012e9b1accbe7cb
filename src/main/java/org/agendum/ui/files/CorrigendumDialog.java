package org.agendum.ui.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.agendum.corrigendum.Instruction;
import org.agendum.session.WindowTitle;
import org.agendum.ui.common.Theme;

/**
 * File ▸ Export Corrigendum… (id {@code corrigendumDialog}): the corrigendum's instructions as Agendum wrote them from
 * the changes, each its place ({@code corrigendumLocation0}, …) and its instruction ({@code corrigendumText0}, …),
 * for the officer to refine ("Item 3, paragraph 1" to "Paragraph 3, second sentence") before export. The answer is the
 * instructions as typed; For, read, Delete, Insert stay italic in the document wherever they are typed.
 */
public final class CorrigendumDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final List<TextField> locations = new ArrayList<>();
    private final List<TextArea> texts = new ArrayList<>();

    public CorrigendumDialog(Window owner, String symbol, List<Instruction> instructions) {
        Label intro = new Label("The instructions of " + symbol + ", written from what changed since the document "
                + "was issued. Edit them as they should read; the document is exported as typed and recorded as "
                + "issued.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox rows = new VBox(4);
        for (int i = 0; i < instructions.size(); i++) {
            TextField location = new TextField(instructions.get(i).location());
            location.setId("corrigendumLocation" + i);
            TextArea text = new TextArea(instructions.get(i).text());
            text.setId("corrigendumText" + i);
            text.setWrapText(true);
            text.setPrefRowCount(2);
            locations.add(location);
            texts.add(text);
            rows.getChildren().addAll(location, text);
            VBox.setMargin(location, new javafx.geometry.Insets(i == 0 ? 0 : 8, 0, 0, 0));
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 90 * instructions.size()));
        VBox content = new VBox(8, intro, scroll);

        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Export Corrigendum \u2013 " + WindowTitle.APP_NAME);
        dialog.setHeaderText("Corrigendum " + symbol);
        dialog.getDialogPane().setId("corrigendumDialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(export).setId("okButton");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelButton");
        dialog.getDialogPane().setPrefWidth(640);
        dialog.setResultConverter(button -> button);
    }

    /** Shows the dialog and waits: the instructions as typed (an emptied one left out), or empty when cancelled. */
    public Optional<List<Instruction>> showAndWait() {
        Optional<ButtonType> button = dialog.showAndWait();
        if (button.isEmpty() || button.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return Optional.empty();
        }
        return Optional.of(typed());
    }

    List<Instruction> typed() {
        List<Instruction> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).getText().strip();
            if (!text.isEmpty()) {
                out.add(new Instruction(locations.get(i).getText().strip(), text));
            }
        }
        return List.copyOf(out);
    }
}
