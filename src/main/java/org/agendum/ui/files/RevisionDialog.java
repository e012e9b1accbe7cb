package org.agendum.ui.files;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.agendum.model.IssuedVersion;
import org.agendum.session.WindowTitle;
import org.agendum.ui.common.Theme;

/**
 * File ▸ Export Revision…, after the Issue dialog (id {@code revisionDialog}): the issued version the revision is
 * compared with ({@code revisionBase}, the last by default) and whether the document shows Word's tracked changes
 * against it ({@code revisionTracked}, the default) or is the clean text for circulation ({@code revisionClean}).
 */
public final class RevisionDialog {
    /** What the officer chose: the version compared with, and whether the changes are marked. */
    public record Choice(IssuedVersion comparedWith, boolean tracked) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ChoiceBox<IssuedVersion> base = new ChoiceBox<>();
    private final RadioButton tracked = new RadioButton("With tracked changes (every change marked, for review)");
    private final RadioButton clean = new RadioButton("Clean (the revised text for circulation, no marks)");

    /** @param issued the meeting's issued versions, oldest first; at least one */
    public RevisionDialog(Window owner, List<IssuedVersion> issued) {
        base.setId("revisionBase");
        base.getItems().setAll(issued);
        base.setValue(issued.get(issued.size() - 1));
        base.setConverter(new StringConverter<>() {
            @Override
            public String toString(IssuedVersion version) {
                return version == null ? "" : IssuedVersionsDialog.row(version);
            }

            @Override
            public IssuedVersion fromString(String text) {
                throw new UnsupportedOperationException("chosen, never typed");
            }
        });
        tracked.setId("revisionTracked");
        clean.setId("revisionClean");
        ToggleGroup marks = new ToggleGroup();
        tracked.setToggleGroup(marks);
        clean.setToggleGroup(marks);
        tracked.setSelected(true);
        // the clean text compares with nothing
        base.disableProperty().bind(clean.selectedProperty());

        VBox content = new VBox(8, tracked, clean, new Label("Changes against the issued version"), base);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Export Revision \u2013 " + WindowTitle.APP_NAME);
        dialog.setHeaderText("The revision's Word document");
        dialog.getDialogPane().setId("revisionDialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(export).setId("exportRevisionButton");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelButton");
        dialog.getDialogPane().setPrefWidth(520);
        dialog.setResultConverter(button -> button);
    }

    /** Shows the dialog and waits: the choice, or empty when cancelled. */
    public Optional<Choice> showAndWait() {
        Optional<ButtonType> button = dialog.showAndWait();
        if (button.isEmpty() || button.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return Optional.empty();
        }
        return Optional.of(new Choice(base.getValue(), tracked.isSelected()));
    }
}
