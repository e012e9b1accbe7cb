package org.agendum.file;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.Set;
import org.agendum.model.MeetingLimit;

/**
 * Counts a meeting file's parts while {@link HeaderScan} reads its tokens, against the limits of
 * {@link MeetingLimit}, so that a file over a limit is refused before anything is built from it: a file of 800,000
 * small items is only 23 MB, but building and exporting it would exhaust the memory. Counting tokens costs little,
 * so the whole file is counted and the sentence gives the real number. The parts are known by the name of the list
 * that holds them. The counts are those {@code
 * MeetingSize} takes of the model, except that an item's title is counted once here (the reader checks the model
 * afterwards for the titles the annex repeats).
 */
final class PartCounts {
    /** The fields whose text the Word document prints, in the details and everywhere else. */
    private static final Set<String> TEXT_FIELDS = Set.of("bodyName", "meetingName", "sessionLine", "venue",
            "symbol", "jobNumber", "title", "titleNote", "agendaItemLine", "agendaItemTitle", "agendaItemNote",
            "standardSentence", "heading", "languageCoverage", "text", "link", "description", "label", "note");

    private final String source;
    private final long[] counts = new long[MeetingLimit.values().length];

    PartCounts(String source) {
        this.source = source;
    }

    /** An object has started; {@code object} is its own context, whose parent tells which list holds it. */
    void objectStarted(JsonStreamContext object) {
        JsonStreamContext list = object.getParent();
        if (list == null || !list.inArray() || list.getParent() == null) {
            return;
        }
        String name = list.getParent().getCurrentName();
        if (name == null) {
            return;
        }
        MeetingLimit part = switch (name) {
            case "agenda", "items" -> MeetingLimit.AGENDA_ITEMS;
            case "annotation" -> MeetingLimit.PARAGRAPHS;
            case "content", "footnote" -> MeetingLimit.RUNS;
            case "documentation" -> MeetingLimit.DOCUMENTS;
            case "days" -> MeetingLimit.DAYS;
            case "meetings" -> MeetingLimit.MEETINGS;
            case "entries" -> MeetingLimit.ENTRIES;
            default -> null;
        };
        if (part != null) {
            add(part, 1);
        }
    }

    /** A list has started; {@code list} is its own context. A footnote is the list of its runs. */
    void listStarted(JsonStreamContext list) {
        JsonStreamContext holder = list.getParent();
        if (holder != null && holder.inObject() && "footnote".equals(holder.getCurrentName())) {
            add(MeetingLimit.FOOTNOTES, 1);
        }
    }

    /** A text value of {@code length} characters; {@code context} is the object or list it stands in. */
    void text(JsonStreamContext context, int length) {
        if (context.inObject() && TEXT_FIELDS.contains(context.getCurrentName())) {
            add(MeetingLimit.CHARACTERS, length);
        }
    }

    /** Refuses the file when it holds more of a part than its limit (the first such part, in the limits' order). */
    void refuseExcess() throws MeetingFileException {
        for (MeetingLimit part : MeetingLimit.values()) {
            if (counts[part.ordinal()] > part.maximum()) {
                throw new MeetingFileException(new MeetingLimit.Excess(part, counts[part.ordinal()]).inFile(source));
            }
        }
    }

    private void add(MeetingLimit part, long amount) {
        counts[part.ordinal()] += amount;
    }
}
