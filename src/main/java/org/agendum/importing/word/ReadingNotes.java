package org.agendum.importing.word;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the reader left out or read in a way of its own, said once each for the import report's "removed" list:
 * tracked changes read as accepted, comments, page-number fields, the running headers and footers of later pages,
 * links the meeting may not hold.
 */
final class ReadingNotes {
    private int insertions;
    private int deletions;
    private int comments;
    private int endnotes;
    private boolean pageFields;
    private final Set<String> refusedLinks = new LinkedHashSet<>();
    private final Set<String> pageFurniture = new LinkedHashSet<>();

    void insertion() {
        insertions++;
    }

    void deletion() {
        deletions++;
    }

    void comment() {
        comments++;
    }

    void endnote() {
        endnotes++;
    }

    void pageField() {
        pageFields = true;
    }

    /** A link the meeting may not hold (a file, a share, a script): its text is kept, plain. */
    void refusedLink(String target) {
        refusedLinks.add(target.strip());
    }

    /** A header's or footer's text of later pages ("header of later pages: CTOC/COP/WG.4/2018/1"). */
    void furniture(String where, String text) {
        String shown = text.strip().replaceAll("\\s+", " ");
        if (shown.codePoints().anyMatch(Character::isLetterOrDigit)) {
            pageFurniture.add(where + ": " + shown);
        }
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>(pageFurniture);
        if (pageFields) {
            lines.add("page numbers (Word's PAGE and NUMPAGES fields)");
        }
        if (insertions > 0 || deletions > 0) {
            lines.add("tracked changes, read as if accepted: " + insertions + " insertion(s) kept, " + deletions
                    + " deletion(s) left out");
        }
        if (comments > 0) {
            lines.add(comments + " comment(s) left out");
        }
        for (String target : refusedLinks) {
            lines.add("a link to “" + target + "”, kept as plain text: a meeting links only to web and e-mail"
                    + " addresses");
        }
        if (endnotes > 0) {
            lines.add(endnotes + " endnote(s) read as footnotes");
        }
        return lines;
    }
}
