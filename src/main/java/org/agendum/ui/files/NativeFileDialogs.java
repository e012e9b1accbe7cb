package org.agendum.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.agendum.file.MeetingFiles;
import org.agendum.session.FileDialogs;

/** The system's own file dialogs, showing meeting files ({@code *.agendum}) first. */
public final class NativeFileDialogs implements FileDialogs {
    private static final FileChooser.ExtensionFilter MEETINGS =
            new FileChooser.ExtensionFilter("Agendum meetings (*" + MeetingFiles.EXTENSION + ")", "*" + MeetingFiles.EXTENSION);
    private static final FileChooser.ExtensionFilter WORD =
            new FileChooser.ExtensionFilter("Word documents (*.docx)", "*.docx");
    private static final FileChooser.ExtensionFilter PICTURES = new FileChooser.ExtensionFilter(
            "Pictures (*.png, *.jpg, *.jpeg, *.gif)", "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG", "*.gif",
            "*.GIF");
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*");

    private final Window owner;

    /** @param owner the window the dialogs belong to (null: none) */
    public NativeFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpen(Optional<Path> folder) {
        FileChooser chooser = chooser("Open meeting", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(Optional<Path> folder, String suggestedName) {
        FileChooser chooser = chooser("Save meeting as", folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExport(Optional<Path> folder, String suggestedName) {
        FileChooser chooser = chooser("Export to Word", folder);
        chooser.getExtensionFilters().setAll(WORD); // meeting files are not even listed: never exported over
        chooser.setSelectedExtensionFilter(WORD);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProgramme(Optional<Path> folder, String suggestedName, String description,
                                          String extension) {
        FileChooser chooser = chooser("Export Programme", folder);
        FileChooser.ExtensionFilter only = new FileChooser.ExtensionFilter(description + " (*." + extension + ")",
                "*." + extension);
        chooser.getExtensionFilters().setAll(only); // meeting files are not listed: never exported over
        chooser.setSelectedExtensionFilter(only);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseEmblem(Optional<Path> folder) {
        FileChooser chooser = chooser("Emblem for the masthead", folder);
        chooser.getExtensionFilters().setAll(PICTURES, ALL);
        chooser.setSelectedExtensionFilter(PICTURES);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(MEETINGS, ALL);
        chooser.setSelectedExtensionFilter(MEETINGS);
        folder.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }
}
