package org.agendum.ui.files;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.agendum.edit.IssueVersion;
import org.agendum.model.IssueProposal;
import org.agendum.model.Meeting;
import org.agendum.session.WindowTitle;
import org.agendum.typography.UnDates;
import org.agendum.ui.common.Theme;

/**
 * File ▸ Issue… (id {@code issueDialog}): the symbol the meeting is issued under ({@code issueSymbol}, proposed by
 * {@link IssueProposal}: the details' symbol, then the next "/Rev.N") and the date ({@code issueDate}, today, as
 * "9 April 2018"). Issue ({@code okButton}) is enabled while both are good; the answer is the edit to run.
 */
public final class IssueDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField symbol = new TextField();
    private final TextField date = new TextField();
    private final IssueProposal proposal;

    public IssueDialog(Window owner, Meeting meeting, LocalDate today) {
        proposal = IssueProposal.of(Objects.requireNonNull(meeting, "meeting"));
        symbol.setId("issueSymbol");
        symbol.setText(proposal.symbol());
        symbol.setPrefColumnCount(28);
        date.setId("issueDate");
        date.setText(UnDates.date(today));
        Label intro = new Label("Records the meeting as it is now as the version circulated under this symbol. The "
                + "file keeps it with the meeting; Undo takes it back.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Label kind = new Label("Kind: " + proposal.kind().word());
        kind.setId("issueKind");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        // the labels keep their width: the wrapped sentence above them would otherwise squeeze them to "Date of i…"
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        grid.add(intro, 0, 0, 2, 1);
        grid.addRow(1, new Label("Symbol"), symbol);
        grid.addRow(2, new Label("Date of issue"), date);
        grid.add(kind, 1, 3);

        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Issue \u2013 " + WindowTitle.APP_NAME);
        dialog.setHeaderText("Issue this version");
        dialog.getDialogPane().setId("issueDialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        dialog.getDialogPane().setContent(grid);
        ButtonType issue = new ButtonType("Issue", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(issue, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(issue);
        ok.setId("okButton");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelButton");
        // a symbol and a date that reads as one ("9 April 2018", "2018-04-09"), or nothing to issue
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> symbol.getText().isBlank() || UnDates.parseDate(date.getText()).isEmpty(),
                symbol.textProperty(), date.textProperty()));
        dialog.getDialogPane().setPrefWidth(520);
        dialog.setResultConverter(button -> button);
        dialog.setOnShown(event -> symbol.requestFocus());
    }

    /** Shows the dialog and waits: the edit that records the issue, or empty when cancelled. */
    public Optional<IssueVersion> showAndWait() {
        Optional<ButtonType> button = dialog.showAndWait();
        if (button.isEmpty() || button.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return Optional.empty();
        }
        return UnDates.parseDate(date.getText())
                .map(day -> new IssueVersion(symbol.getText().strip(), day, proposal.kind()));
    }
}
