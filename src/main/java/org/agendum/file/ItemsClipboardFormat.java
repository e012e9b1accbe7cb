package org.agendum.file;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.OrganizationOfWork;

/**
 * Agenda items on the clipboard, with their sub-items, annotations and Documentation lists. The text is a
 * meeting file whose agenda holds only the copied items (its details are blank and fixed), so it is written
 * by the one file writer and read back by the one strict reader, with its limits on hostile input: a paste
 * from another program, or from another version of Agendum, is checked like a file.
 */
public final class ItemsClipboardFormat {
    /** The MIME type under which the window puts the JSON on the clipboard. */
    public static final String MIME_TYPE = "application/x-agendum-items+json";

    /** The details of the carrier meeting: fixed, so that the same items give the same text. */
    private static final MeetingDetails CARRIER = MeetingDetails.blank(LocalDate.of(2000, 1, 1));
    private static final String SOURCE = "The clipboard";

    private ItemsClipboardFormat() {
    }

    /** The items as clipboard text, in order, each with everything below it. */
    public static String write(List<AgendaItem> items) {
        Objects.requireNonNull(items, "items");
        Meeting carrier = new Meeting(CARRIER, new Agenda(items), OrganizationOfWork.EMPTY);
        return new String(MeetingFiles.write(carrier), StandardCharsets.UTF_8);
    }

    /**
     * The items in clipboard text written by {@link #write}.
     *
     * @throws MeetingFileException when the text is not Agendum items; the message says why, for the officer
     */
    public static List<AgendaItem> read(String text) throws MeetingFileException {
        Objects.requireNonNull(text, "text");
        return MeetingFiles.read(text.getBytes(StandardCharsets.UTF_8), SOURCE).agenda().items();
    }
}
