package org.agendum.session;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Meeting;

/**
 * The meeting the window opens with: the meeting file given on the command line, or the built-in sample. A document
 * given instead (last session's Word file, PDF or text: any name but a meeting file's) is imported once the window is
 * up, over the sample, as File ▸ Import… does, so that its report shows and a failure is explained the same way.
 *
 * @param document the document to import once the window is up, if one was given
 */
public record StartupMeeting(Meeting meeting, Optional<Path> file, Optional<Path> document, Optional<String> error) {

    /** How a meeting file is read; tests pass their own. */
    @FunctionalInterface
    public interface Loader {
        Meeting load(Path file) throws MeetingFileException;
    }

    public static StartupMeeting from(List<String> arguments) {
        return from(arguments, MeetingFiles::load);
    }

    /**
     * No argument: the sample. One: that meeting file, or the sample with the reason the file could not be read; or
     * the sample and the document to import.
     */
    public static StartupMeeting from(List<String> arguments, Loader loader) {
        if (arguments.isEmpty()) {
            return sample(Optional.empty());
        }
        Path file;
        try {
            file = Path.of(arguments.get(0));
        } catch (InvalidPathException e) {
            return sample(Optional.of("\"" + arguments.get(0) + "\" is not a valid file name."));
        }
        if (!MeetingFiles.isMeetingFileName(file)) {
            return new StartupMeeting(SampleMeeting.load(), Optional.empty(), Optional.of(file), Optional.empty());
        }
        try {
            return new StartupMeeting(loader.load(file), Optional.of(file), Optional.empty(), Optional.empty());
        } catch (MeetingFileException e) {
            return sample(Optional.of(e.getMessage()));
        }
    }

    private static StartupMeeting sample(Optional<String> error) {
        return new StartupMeeting(SampleMeeting.load(), Optional.empty(), Optional.empty(), error);
    }
}
