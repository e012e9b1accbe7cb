package org.agendum.ui.files;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.agendum.model.IssuedVersion;
import org.agendum.session.WindowTitle;
import org.agendum.typography.UnDates;
import org.agendum.ui.common.Theme;

/**
 * File ▸ Issued Versions… (id {@code issuedVersionsDialog}): the versions issued so far, newest first, one row each
 * ("CTOC/COP/WG.4/2018/1 · 9 April 2018 · original", list {@code issuedVersionsList}). Open Read-Only
 * ({@code openIssuedButton}, or a double click) answers the chosen one; Close changes nothing.
 */
public final class IssuedVersionsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ListView<IssuedVersion> list = new ListView<>();

    public IssuedVersionsDialog(Window owner, List<IssuedVersion> issued) {
        list.setId("issuedVersionsList");
        List<IssuedVersion> newestFirst = new java.util.ArrayList<>(issued);
        java.util.Collections.reverse(newestFirst);
        list.getItems().setAll(newestFirst);
        list.setPlaceholder(new Label("No version issued yet: File \u25b8 Issue\u2026 records one."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(IssuedVersion version, boolean empty) {
                super.updateItem(version, empty);
                setText(empty || version == null ? null : row(version));
            }
        });
        list.setPrefHeight(240);
        list.getSelectionModel().selectFirst();

        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Issued Versions \u2013 " + WindowTitle.APP_NAME);
        dialog.setHeaderText(issued.isEmpty() ? "No issued versions" : "Issued versions, newest first");
        dialog.getDialogPane().setId("issuedVersionsDialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        dialog.getDialogPane().setContent(list);
        ButtonType open = new ButtonType("Open Read-Only", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CLOSE);
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.setId("openIssuedButton");
        openButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("closeButton");
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                openButton.fire();
            }
        });
        dialog.getDialogPane().setPrefWidth(520);
        dialog.setResultConverter(button -> button);
    }

    /** "CTOC/COP/WG.4/2018/1 · 9 April 2018 · original". */
    static String row(IssuedVersion version) {
        return version.symbol() + " \u00b7 " + UnDates.date(version.date()) + " \u00b7 " + version.kind().word();
    }

    /** Shows the dialog and waits: the version to open read-only, or empty. */
    public Optional<IssuedVersion> showAndWait() {
        Optional<ButtonType> button = dialog.showAndWait();
        if (button.isEmpty() || button.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return Optional.empty();
        }
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }
}
