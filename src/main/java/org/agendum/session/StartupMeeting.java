package org.agendum.session;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Meeting;

/** The meeting the window opens with: the file given on the command line, or the built-in sample. */
public record StartupMeeting(Meeting meeting, Optional<Path> file, Optional<String> error) {

    /** How a meeting file is read; tests pass their own. */
    @FunctionalInterface
    public interface Loader {
        Meeting load(Path file) throws MeetingFileException;
    }

    public static StartupMeeting from(List<String> arguments) {
        return from(arguments, MeetingFiles::load);
    }

    /** No argument: the sample. One: that file, or the sample with the reason the file could not be read. */
    public static StartupMeeting from(List<String> arguments, Loader loader) {
        if (arguments.isEmpty()) {
            return new StartupMeeting(SampleMeeting.load(), Optional.empty(), Optional.empty());
        }
        Path file;
        try {
            file = Path.of(arguments.get(0));
        } catch (InvalidPathException e) {
            return new StartupMeeting(SampleMeeting.load(), Optional.empty(),
                    Optional.of("\"" + arguments.get(0) + "\" is not a valid file name."));
        }
        try {
            return new StartupMeeting(loader.load(file), Optional.of(file), Optional.empty());
        } catch (MeetingFileException e) {
            return new StartupMeeting(SampleMeeting.load(), Optional.empty(), Optional.of(e.getMessage()));
        }
    }
}
