package org.agendum.model;

import java.util.Locale;

/**
 * The most a meeting may hold, one limit per kind of part, so that every meeting Agendum opens it can also export
 * in the memory of a modest machine. Real agendas hold tens of items and a General Assembly session a few hundred
 * with their sub-items; each limit is about ten times what a General-Assembly-size meeting holds, and a meeting at
 * every limit at once exports in under 400 MB of heap (measured: docs/reliability.md). The file reader refuses a
 * larger file, the command stack an edit that would make the meeting larger, and the Word export a larger meeting.
 * {@link MeetingSize} counts a meeting as these limits count it.
 */
public enum MeetingLimit {
    AGENDA_ITEMS("agenda items", 5_000),
    PARAGRAPHS("annotation paragraphs", 20_000),
    /** Each stretch of one style in an annotation, each footnote call, and each stretch of a footnote's text. */
    RUNS("runs of annotation text", 50_000),
    FOOTNOTES("footnotes", 2_000),
    DOCUMENTS("Documentation entries", 5_000),
    DAYS("days in the organization of work", 1_000),
    MEETINGS("meetings in the organization of work", 2_000),
    ENTRIES("entries in the organization of work", 5_000),
    /**
     * Every text the document prints (titles, annotations, footnotes, Documentation, notes, labels, links, the
     * details), with an item's title counted again for each entry that takes it up: the annex repeats it there.
     */
    CHARACTERS("characters of text", 10_000_000);

    private final String parts;
    private final long maximum;

    MeetingLimit(String parts, long maximum) {
        this.parts = parts;
        this.maximum = maximum;
    }

    /** What is counted, in the plural: "agenda items". */
    public String parts() {
        return parts;
    }

    public long maximum() {
        return maximum;
    }

    /** A count over its limit, with the sentences that say so. */
    public record Excess(MeetingLimit limit, long count) {
        /** "big.agendum holds 800,000 agenda items; Agendum opens meetings of at most 5,000 agenda items." */
        public String inFile(String source) {
            return source + " holds " + number(count) + " " + limit.parts + limit.countingNote()
                    + "; Agendum opens meetings of at most " + number(limit.maximum) + " " + limit.parts + ".";
        }

        /** "Paste 3 items: not done, the meeting would hold 5,002 agenda items; Agendum holds at most 5,000." */
        public String afterEdit(String label) {
            return label + ": not done, the meeting would hold " + number(count) + " " + limit.parts
                    + limit.countingNote() + "; a meeting holds at most " + number(limit.maximum) + ".";
        }

        /** For the export, which is never given such a meeting by the reader or the command stack. */
        public String inExport() {
            return "The meeting holds " + number(count) + " " + limit.parts + limit.countingNote()
                    + "; Agendum exports meetings of at most " + number(limit.maximum) + " " + limit.parts + ".";
        }
    }

    private String countingNote() {
        return this == CHARACTERS ? " (an item's title counts again for each entry that takes it up)" : "";
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
