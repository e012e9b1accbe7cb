package org.agendum.file;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The constants of the meeting file format and the limits that keep hostile files from exhausting memory. */
final class FileFormat {
    /** The value of "format" at the top of every meeting file. */
    static final String NAME = "agendum-meeting";
    /**
     * The newest format this version of Agendum reads and writes. Format 2 added the document's form, the item
     * line's title and footnote, the job line's dates and the items' heading and list-end overrides; a meeting
     * that uses none of them is written as format 1, which every Agendum opens ({@link FormatVersion}).
     */
    static final int VERSION = 2;
    /** The oldest format this version reads. */
    static final int OLDEST_VERSION = 1;

    /** Files above this are refused before reading: a real meeting is a few hundred kilobytes. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** One text (a paragraph run, a title): far above any real annotation, far below memory trouble. */
    static final int MAX_STRING_CHARS = 10_000_000;
    /**
     * Brackets nested deeper than this are refused while parsing, so nothing recurses on hostile input.
     * The deepest legitimate file needs 2 levels per agenda level plus 7 (root, agenda, paragraph, inline,
     * footnote run): 39 for {@code Agenda.MAX_DEPTH} 16.
     */
    static final int MAX_NESTING = 64;
    /**
     * JSON tokens in one file: bounds the work of the first pass over a small, hostile file. The parts of a meeting
     * have their own, lower limits ({@link org.agendum.model.MeetingLimit}), counted in that pass; a meeting at all
     * of them takes about a million tokens at most (every run styled in every way), the test's 520,000.
     */
    static final long MAX_TOKENS = 5_000_000;
    /** Field names are short words; a long one is damage. */
    static final int MAX_NAME_CHARS = 1_000;

    /** Dates are written and read as YYYY-MM-DD; STRICT rejects 2018-02-30 instead of clamping it. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** Meeting times are HH:MM on the 24-hour clock. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private FileFormat() {
    }
}
