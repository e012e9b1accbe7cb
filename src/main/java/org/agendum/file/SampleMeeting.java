package org.agendum.file;

import java.io.IOException;
import java.io.InputStream;
import org.agendum.model.Meeting;

/**
 * The built-in sample: CTOC/COP/WG.4/2018/1, the annotated provisional agenda of the eighth meeting of the
 * Working Group on Trafficking in Persons (Vienna, 2 and 3 July 2018), as a meeting file in the resources.
 */
public final class SampleMeeting {
    static final String RESOURCE = "/org/agendum/sample/CTOC_COP_WG.4_2018_1.agendum";

    private SampleMeeting() {
    }

    /** Read on first use and kept: the meeting is immutable, so every caller can share it. */
    private static volatile Meeting sample;

    /** The sample meeting; an IllegalStateException means the build shipped a broken resource. */
    public static Meeting load() {
        Meeting loaded = sample;
        if (loaded == null) {
            try {
                loaded = MeetingFiles.read(resourceBytes(), "The sample meeting");
            } catch (MeetingFileException e) {
                throw new IllegalStateException("The built-in sample is broken: " + e.getMessage(), e);
            }
            sample = loaded;
        }
        return loaded;
    }

    static byte[] resourceBytes() {
        try (InputStream in = SampleMeeting.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample meeting " + RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("The sample meeting " + RESOURCE + " could not be read", e);
        }
    }
}
