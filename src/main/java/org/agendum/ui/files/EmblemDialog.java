package org.agendum.ui.files;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.agendum.docx.EmblemImageException;
import org.agendum.docx.EmblemPicture;
import org.agendum.model.DutyStation;
import org.agendum.model.Masthead;
import org.agendum.session.EmblemPreference;
import org.agendum.session.FileDialogs;
import org.agendum.session.WindowTitle;
import org.agendum.ui.common.Theme;

/**
 * File ▸ Emblem for the Masthead… (id {@code emblemDialog}): the picture of the UN emblem the Word export puts in the
 * masthead, a preference of this computer ({@link EmblemPreference}), with a preview of the first page's top drawn
 * from the meeting's details ({@link MastheadPreview}). Choose Picture… ({@code chooseEmblemButton}) asks through the
 * window's {@link FileDialogs} and reads the picture as the export will: a picture the export would refuse is refused
 * here with the export's sentence ({@code emblemError}) and the choice stays as it was. Remove
 * ({@code removeEmblemButton}) leaves the emblem's cell empty. OK ({@code okButton}) keeps the choice; if it cannot
 * be kept, the dialog stays open and says why. Cancel ({@code cancelButton}) changes nothing. {@code emblemFile} shows
 * the chosen file, {@code emblemNote} what the document will show.
 */
public final class EmblemDialog {
    /** Where the setting is, in the words of the menus ("In File ▸ Emblem for the Masthead, choose …"). */
    public static final String MENU_PATH = "File \u25B8 Emblem for the Masthead";
    /** Pictures with more pixels are not drawn in the preview: decoding one takes 4 bytes a pixel. */
    static final long MAX_PREVIEW_PIXELS = 4_000_000;

    private final EmblemPreference preference;
    private final FileDialogs files;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final MastheadPreview preview;
    private final Label file = new Label();
    private final Label note = new Label();
    private final Label error = new Label();
    private final Button remove = new Button("Remove");
    private Optional<Path> chosen;

    public EmblemDialog(Window owner, Masthead masthead, DutyStation station, EmblemPreference preference,
            FileDialogs files) {
        this.preference = Objects.requireNonNull(preference, "preference");
        this.files = Objects.requireNonNull(files, "files");
        preview = new MastheadPreview(masthead, station);

        Label intro = new Label("The use of the UN emblem is restricted, so Agendum comes without it. Choose the "
                + "picture your office provides (PNG, JPEG or GIF): this computer keeps it for the Word export of "
                + "every meeting. The preview shows the top of the first page with this meeting\u2019s details.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        Label fileLabel = new Label("Picture:");
        file.setId("emblemFile");
        file.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // a long folder gives way, the file's name stays
        file.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button("Choose Picture\u2026");
        choose.setId("chooseEmblemButton");
        choose.setOnAction(event -> choose());
        remove.setId("removeEmblemButton");
        remove.setOnAction(event -> show(Optional.empty()));
        HBox fileLine = new HBox(8, fileLabel, file, choose, remove);
        fileLine.getStyleClass().add("emblem-file-line");

        note.setId("emblemNote");
        note.getStyleClass().add("emblem-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        error.setId("emblemError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);

        VBox content = new VBox(10, intro, preview, fileLine, note, error);
        content.getStyleClass().add("emblem-dialog-content");

        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Emblem for the Masthead \u2013 " + WindowTitle.APP_NAME);
        dialog.setHeaderText("Emblem for the masthead");
        dialog.getDialogPane().setId("emblemDialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("okButton");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelButton");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!keep()) {
                event.consume(); // the dialog stays open, saying why
            }
        });
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResizable(true);

        show(preference.picture());
    }

    /** Shows the dialog and waits; true when OK kept the choice (which may be the one there was). */
    public boolean showAndWait() {
        return dialog.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    /** Choose Picture…: the picture is read as the export reads it; one it would refuse changes nothing. */
    private void choose() {
        Optional<Path> picked = files.chooseEmblem(chosen.map(Path::getParent));
        if (picked.isEmpty()) {
            return;
        }
        try {
            EmblemPicture picture = EmblemPicture.read(picked.get());
            chosen = picked;
            showPicture(picture);
            error.setText("");
        } catch (EmblemImageException e) {
            error.setText(e.getMessage() + " The emblem stays as it was.");
            fitToContent();
        }
    }

    /** A sentence that wraps onto more lines than before must not be cut: the dialog takes the height it needs. */
    private void fitToContent() {
        var window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (window != null && window.isShowing()) {
            window.sizeToScene();
        }
    }

    /** Shows {@code picture} (empty: none) and reads it; one that cannot be read is said in the error line. */
    private void show(Optional<Path> picture) {
        chosen = picture;
        error.setText("");
        if (picture.isEmpty()) {
            file.setText("none");
            file.setTooltip(null);
            remove.setDisable(true);
            preview.showEmblem(null, 1, 1);
            note.setText("Without a picture the emblem\u2019s cell stays empty in the document.");
            return;
        }
        try {
            showPicture(EmblemPicture.read(picture.get()));
        } catch (EmblemImageException e) {
            // the remembered picture has gone or changed: said here as the export will say it
            showFile(picture.get());
            preview.showEmblem(null, 1, 1);
            note.setText("Until another picture is chosen or this one removed, the Word export writes nothing:");
            error.setText(e.getMessage());
        }
    }

    private void showPicture(EmblemPicture picture) {
        showFile(picture.file());
        long pixels = (long) picture.widthPixels() * picture.heightPixels();
        Image image = null;
        if (pixels <= MAX_PREVIEW_PIXELS) {
            try (InputStream in = picture.open()) {
                image = new Image(in);
            } catch (IOException e) {
                image = null; // bytes in memory: not expected
            }
        }
        if (image == null || image.isError()) {
            preview.showEmblem(null, 1, 1);
            note.setText(image == null
                    ? "This picture (" + picture.widthPixels() + " \u00D7 " + picture.heightPixels()
                            + " pixels) is too large to draw here; the document will hold it."
                    : "Agendum cannot draw this picture here; the document will still hold it.");
            return;
        }
        preview.showEmblem(image, picture.widthInBox(), picture.heightInBox());
        note.setText("The document shows the picture in the emblem\u2019s box of 1.98 \u00D7 1.66 cm, at its "
                + "proportions.");
    }

    private void showFile(Path picture) {
        file.setText(picture.toString());
        file.setTooltip(new Tooltip(picture.toString()));
        remove.setDisable(false);
    }

    /** Writes the choice if it changed; false (and why, in the error line) when it could not be kept. */
    private boolean keep() {
        if (chosen.equals(preference.picture())) {
            return true;
        }
        try {
            if (chosen.isPresent()) {
                preference.choose(chosen.get());
            } else {
                preference.remove();
            }
            return true;
        } catch (IOException e) {
            error.setText("The choice could not be kept: " + e.getMessage());
            fitToContent();
            return false;
        }
    }
}
