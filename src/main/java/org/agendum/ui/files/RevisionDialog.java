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
 * File ▸ Export Revision…, before the Issue dialog (id {@code revisionDialog}): whether the revision shows Word's
 * tracked changes ({@code revisionTracked}, the default) against an issued version ({@code revisionBase}, the last by
 * default) or is the clean text for circulation ({@code revisionClean}), both under the next "/Rev.N"; or whether the
 * document is reissued under its own symbol for technical reasons ({@code revisionReissue}: the symbol's asterisk and
 * the note with today's date, no new symbol, so no Issue dialog after it).
 */
public final class RevisionDialog {
    /** What the officer chose: the version compared with, whether the changes are marked, or a reissue. */
    public record Choice(IssuedVersion comparedWith, boolean tracked, boolean reissue) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ChoiceBox<IssuedVersion> base = new ChoiceBox<>();
    private final RadioButton tracked = new RadioButton("With tracked changes (every change marked, for review)");
    private final RadioButton clean = new RadioButton("Clean (the revised text for circulation, no marks)");
    private final RadioButton reissue = new RadioButton();

    /**
     * @param issued     the meeting's issued versions, oldest first; at least one
     * @param reissued   what a reissue would print: the symbol with its asterisk and the note
     */
    public RevisionDialog(Window owner, List<IssuedVersion> issued, String reissued) {
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
        reissue.setId("revisionReissue");
        reissue.setText("Reissue for technical reasons, same symbol: " + reissued);
        reissue.setWrapText(true);
        ToggleGroup marks = new ToggleGroup();
        tracked.setToggleGroup(marks);
        clean.setToggleGroup(marks);
        reissue.setToggleGroup(marks);
        tracked.setSelected(true);
        // only the tracked revision compares with a version
        base.disableProperty().bind(tracked.selectedProperty().not());

        // the version compared with belongs to the tracked revision: under it, set in
        Label against = new Label("Changes against the issued version");
        VBox trackedAgainst = new VBox(4, against, base);
        trackedAgainst.setPadding(new javafx.geometry.Insets(0, 0, 4, 26));
        against.disableProperty().bind(base.disableProperty());
        VBox content = new VBox(8, tracked, trackedAgainst, clean, reissue);
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
        return Optional.of(new Choice(base.getValue(), tracked.isSelected(), reissue.isSelected()));
    }
}
