package org.agendum.ui.importing;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for an agenda's text as a PDF viewer or a web page gives it when copied (id {@code pastedTextDialog}, its
 * area {@code pastedText}); Import is enabled once there is text.
 */
public final class PastedTextDialog {
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private PastedTextDialog() {
    }

    public static Optional<String> ask(Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import Pasted Text");
        dialog.setHeaderText("Paste the text of last session\u2019s agenda");
        TextArea area = new TextArea();
        area.setId("pastedText");
        area.setWrapText(true);
        area.setPrefRowCount(18);
        area.setPrefColumnCount(70);
        Label hint = new Label("Copy it from the PDF or the web page as it is: running heads, page numbers and "
                + "words broken at line ends are taken out.");
        hint.setWrapText(true);
        VBox content = new VBox(8, hint, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("pastedTextDialog");
        dialog.getDialogPane().getButtonTypes().setAll(IMPORT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(IMPORT).disableProperty().bind(area.textProperty().isEmpty());
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == IMPORT ? area.getText() : null);
        area.requestFocus();
        return dialog.showAndWait().filter(text -> !text.isBlank());
    }
}
