package org.agendum.ui.files;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.session.WindowTitle;
import org.agendum.ui.common.Theme;
import org.agendum.version.LanguageVersion;

/**
 * File ▸ New Language Version… (id {@code languageVersionDialog}): which of the five other languages the version is in,
 * one radio button each ({@code versionLanguage-fr}, {@code versionLanguage-es} …, the first chosen). Create
 * ({@code okButton}) makes the version ({@link LanguageVersion#of}); Cancel ({@code cancelButton}) changes nothing.
 */
public final class LanguageVersionDialog {
    private final Meeting original;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ToggleGroup languages = new ToggleGroup();

    public LanguageVersionDialog(Window owner, Meeting original) {
        this.original = Objects.requireNonNull(original, "original");
        Language own = original.details().masthead().versionLanguage();
        Label intro = new Label("A new document from this one in another language: the same items, numbers and "
                + "organization of work, each item marked \u201ctranslate\u201d until it is changed or marked as "
                + "translated; the job number and its dates are cleared. This " + own.englishName()
                + " version\u2019s file is not changed.");
        intro.setId("languageVersionIntro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, intro);
        List<Language> targets = LanguageVersion.targets(original);
        for (Language language : targets) {
            RadioButton choice = new RadioButton(language.englishName());
            choice.setId("versionLanguage-" + language.code());
            choice.setUserData(language);
            choice.setToggleGroup(languages);
            content.getChildren().add(choice);
        }
        languages.selectToggle(languages.getToggles().get(0));

        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("New Language Version \u2013 " + WindowTitle.APP_NAME);
        String symbol = original.details().masthead().symbol();
        dialog.setHeaderText("Version of " + (symbol.isBlank() ? "this meeting" : symbol) + " in");
        dialog.getDialogPane().setId("languageVersionDialog");
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheet());
        dialog.getDialogPane().setContent(content);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(create)).setId("okButton");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelButton");
        dialog.getDialogPane().setPrefWidth(480);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResultConverter(button -> button);
        dialog.setOnShown(event -> ((RadioButton) languages.getSelectedToggle()).requestFocus());
    }

    /** Shows the dialog and waits: the version, or empty when cancelled. */
    public Optional<LanguageVersion.Result> showAndWait() {
        Optional<ButtonType> button = dialog.showAndWait();
        if (button.isEmpty() || button.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return Optional.empty();
        }
        return Optional.of(LanguageVersion.of(original, (Language) languages.getSelectedToggle().getUserData()));
    }
}
