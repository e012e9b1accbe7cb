package org.agendum.session;

import java.nio.file.Path;
import org.agendum.model.IssuedVersion;
import org.agendum.model.MeetingDetails;
import org.agendum.typography.UnDates;

/**
 * The window title: "CTOC_COP_WG.4_2018_1.agendum – Agendum", with a leading "*" while there are unsaved changes;
 * "Working Group on Trafficking in Persons (sample) – Agendum" for the built-in sample; the meeting's name, or
 * "Untitled meeting", for a meeting never saved; "wg4.agendum (read-only) – Agendum" for a file another Agendum has
 * open.
 */
public final class WindowTitle {
    public static final String APP_NAME = "Agendum";
    static final String DIRTY_MARK = "*";
    static final String UNTITLED = "Untitled meeting";
    static final String READ_ONLY = " (read-only)";
    private static final String SEPARATOR = " \u2013 ";

    private WindowTitle() {
    }

    static String of(Path file, boolean sample, MeetingDetails details, boolean dirty, boolean readOnly) {
        return (dirty ? DIRTY_MARK : "") + documentName(file, sample, details) + (readOnly ? READ_ONLY : "")
                + SEPARATOR + APP_NAME;
    }

    /** "CTOC/COP/WG.4/2018/1 — issued 9 April 2018, read-only – Agendum": the window of an issued version. */
    public static String issued(IssuedVersion version) {
        return version.symbol() + " \u2014 issued " + UnDates.date(version.date()) + ", read-only" + SEPARATOR
                + APP_NAME;
    }

    /** The document as the title names it. */
    static String documentName(Path file, boolean sample, MeetingDetails details) {
        if (file != null && file.getFileName() != null) {
            return file.getFileName().toString();
        }
        String name = details.meetingInfo().meetingName().strip();
        if (sample) {
            return (name.isEmpty() ? "Sample meeting" : name) + " (sample)";
        }
        return name.isEmpty() ? UNTITLED : name;
    }

    /** The document as a question names it: "Do you want to save the changes to …?" */
    static String inSentence(Path file, boolean sample) {
        if (file != null && file.getFileName() != null) {
            return file.getFileName().toString();
        }
        return sample ? "the sample meeting" : "the new meeting";
    }
}
