package org.agendum.annex;

import java.util.Objects;
import java.util.Optional;
import org.agendum.model.EntryId;
import org.agendum.model.ItemId;
import org.agendum.typography.DocumentLanguage;

/**
 * One entry of a meeting as the annex prints it: an item taken up ("1 (a)", "Opening of the meeting", continued or
 * not) or a note, whose text stands in the title column with no reference.
 *
 * @param item      the item taken up; empty for a note
 * @param reference the item's number as the annex cites it ("1 (a)"); empty for a note
 * @param title     the item's title without final punctuation, or the note's text as typed
 * @param continued the item carries on from an earlier meeting: the annex prints "(continued)" after the title
 */
public record AnnexEntry(EntryId id, Optional<ItemId> item, String reference, String title, boolean continued) {
    public AnnexEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
    }

    static AnnexEntry item(EntryId id, ItemId item, String reference, String title, boolean continued) {
        return new AnnexEntry(id, Optional.of(item), reference, title, continued);
    }

    static AnnexEntry note(EntryId id, String text) {
        return new AnnexEntry(id, Optional.empty(), "", text, false);
    }

    public boolean isNote() {
        return item.isEmpty();
    }

    /** The title as one line of plain text: "International cooperation (continued)" in the version's words. */
    public String titleWithContinued(DocumentLanguage language) {
        return continued ? title + continuedMark(language) : title;
    }

    /** " (continued)", " (suite)", "（续）": what follows a continued item's title in the version's language. */
    public static String continuedMark(DocumentLanguage language) {
        return language.label("annex.continued.open") + language.label("annex.continued")
                + language.label("annex.continued.close");
    }
}
