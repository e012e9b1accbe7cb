package org.agendum.testing;

import java.nio.file.Path;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;

/** The message a user is shown for a file that cannot be opened, so tests compare against the real wording. */
public final class LoadErrors {
    private LoadErrors() {
    }

    public static String messageFor(Path file) {
        try {
            MeetingFiles.load(file);
        } catch (MeetingFileException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " should not be readable");
    }
}
