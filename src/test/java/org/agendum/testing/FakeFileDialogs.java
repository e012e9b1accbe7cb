package org.agendum.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.agendum.session.FileDialogs;

/** File dialogs that answer with the next prepared path (empty: the officer cancelled). */
public final class FakeFileDialogs implements FileDialogs {
    public final Deque<Optional<Path>> answers = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();

    public FakeFileDialogs answer(Path path) {
        answers.add(Optional.ofNullable(path));
        return this;
    }

    @Override
    public Optional<Path> chooseOpen(Optional<Path> folder) {
        asked.add("open");
        return next();
    }

    @Override
    public Optional<Path> chooseSave(Optional<Path> folder, String suggestedName) {
        asked.add("save " + suggestedName);
        return next();
    }

    @Override
    public Optional<Path> chooseExport(Optional<Path> folder, String suggestedName) {
        asked.add("export " + suggestedName);
        return next();
    }

    @Override
    public Optional<Path> chooseImport(Optional<Path> folder) {
        asked.add("import");
        return next();
    }

    @Override
    public Optional<Path> chooseProgramme(Optional<Path> folder, String suggestedName, String description,
                                          String extension) {
        asked.add("programme " + suggestedName);
        return next();
    }

    @Override
    public Optional<Path> chooseEmblem(Optional<Path> folder) {
        asked.add("emblem");
        return next();
    }

    private Optional<Path> next() {
        if (answers.isEmpty()) {
            throw new AssertionError("A file dialog was shown that the test did not expect");
        }
        return answers.poll();
    }
}
