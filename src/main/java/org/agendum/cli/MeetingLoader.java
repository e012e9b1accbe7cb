package org.agendum.cli;

import java.nio.file.Path;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Meeting;

/** How the commands read a meeting file; tests pass their own. */
@FunctionalInterface
interface MeetingLoader {
    MeetingLoader FILES = MeetingFiles::load;

    Meeting load(Path file) throws MeetingFileException;
}
