package org.agendum.ui.files;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.agendum.programme.ProgrammeException;
import org.agendum.programme.ProgrammeExport;
import org.agendum.programme.ProgrammeFormat;
import org.agendum.session.WindowTitle;
import org.agendum.ui.common.Theme;

/**
 * File ▸ Export Programme… (id {@code programmeExportDialog}): the format, one radio button each
 * ({@code programmeFormat-ics}, {@code programmeFormat-xlsx}, {@code programmeFormat-csv}, the calendar first), and
 * the calendar's time zone ({@code programmeTimeZone}: the duty station's, or any name of the time-zone database the
 * officer types; a name it does not know is said under the field, {@code programmeTimeZoneError}, and the dialog
 * stays). Export ({@code okButton}) goes on to the file dialog; Cancel ({@code cancelButton}) does nothing.
 */
public final class ProgrammeExportDialog {
    /** What the officer chose: the format and, for a calendar, the zone. */
    public record Choice(ProgrammeFormat format, Optional<ZoneId> timeZone) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ToggleGroup formats = new ToggleGroup();
    private final TextField zone = new TextField();
    private final Label zoneError = new Label();

    /** @param stationZone the duty station's zone, the field's first value */
    public ProgrammeExportDialog(Window owner, ZoneId stationZone) {
        Objects.requireNonNull(stationZone, "stationZone");
        Label intro = new Label("The proposed organization of work for calendars, spreadsheets and conference "
                + "systems, in the version\u2019s language, made from the same table as the Word annex.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, intro);
        for (ProgrammeFormat format : ProgrammeFormat.values()) {
            RadioButton choice = new RadioButton(format.description() + " \u2013 ." + format.extension());
            choice.setId("programmeFormat-" + format.extension());
            choice.setUserData(format);
            choice.setToggleGroup(formats);
            content.getChildren().add(choice);
        }
        formats.selectToggle(formats.getToggles().get(0));

        zone.setId("programmeTimeZone");
        zone.setText(stationZone.getId());
        zone.setPrefColumnCount(18);
        Label zoneLabel = new Label("Calendar\u2019s time zone:");
        zoneLabel.setLabelFor(zone);
        zoneError.setId("programmeTimeZoneError");
        zoneError.setWrapText(true);
        zoneError.setMinHeight(Region.USE_PREF_SIZE);
        zoneError.getStyleClass().add("danger");
        HBox zoneRow = new HBox(8, zoneLabel, zone);
        zoneRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        // the zone is the calendar's only: the other formats print the times as the annex does
        zoneRow.disableProperty().bind(formats.selectedToggleProperty().isNotEqualTo(formats.getToggles().get(0)));
        content.getChildren().addAll(zoneRow, zoneError);

        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Export Programme \u2013 " + WindowTitle.APP_NAME);
        dialog.setHeaderText("Export the programme as");
        dialog.getDialogPane().setId("programmeExportDialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        dialog.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        exportButton.setId("okButton");
        exportButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (choice().isEmpty()) {
                event.consume(); // the zone's error is shown; the dialog stays for another name
            }
        });
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelButton");
        dialog.getDialogPane().setPrefWidth(500);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResultConverter(button -> button);
        dialog.setOnShown(event -> ((RadioButton) formats.getSelectedToggle()).requestFocus());
    }

    /** Shows the dialog and waits: the choice, or empty when cancelled. */
    public Optional<Choice> showAndWait() {
        Optional<ButtonType> button = dialog.showAndWait();
        if (button.isEmpty() || button.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return Optional.empty();
        }
        return choice();
    }

    private Optional<Choice> choice() {
        ProgrammeFormat format = (ProgrammeFormat) formats.getSelectedToggle().getUserData();
        if (format != ProgrammeFormat.ICS) {
            zoneError.setText("");
            return Optional.of(new Choice(format, Optional.empty()));
        }
        try {
            ZoneId chosen = ProgrammeExport.timeZone(zone.getText());
            zoneError.setText("");
            return Optional.of(new Choice(format, Optional.of(chosen)));
        } catch (ProgrammeException e) {
            zoneError.setText(e.getMessage());
            return Optional.empty();
        }
    }
}
