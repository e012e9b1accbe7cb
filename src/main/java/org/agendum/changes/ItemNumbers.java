package org.agendum.changes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendum.model.Agenda;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.LanguageNumbering;

/** One version's items by id, in document order, each with its parent and its number as that version prints it. */
final class ItemNumbers {
    private final Map<ItemId, Agenda.NumberedItem> items = new LinkedHashMap<>();
    private final Map<ItemId, Integer> firstFootnotes = new HashMap<>();
    private final LanguageNumbering numbering;

    ItemNumbers(Meeting meeting) {
        numbering = DocumentLanguage.of(meeting.details().masthead().versionLanguage().code()).numbering();
        int footnotes = 0;
        for (Agenda.NumberedItem numbered : meeting.agenda().numbered()) {
            items.put(numbered.item().id(), numbered);
            // footnotes are numbered through the document, in the annotations' order (Agenda.firstFootnoteNumber)
            firstFootnotes.put(numbered.item().id(), footnotes + 1);
            footnotes += numbered.item().annotation().footnoteCount();
        }
    }

    boolean contains(ItemId id) {
        return items.containsKey(id);
    }

    Agenda.NumberedItem get(ItemId id) {
        return items.get(id);
    }

    /** "4", "2 (a)": the reference the version's annex and cross-references print. */
    String number(ItemId id) {
        return numbering.reference(items.get(id).ordinals());
    }

    /** The number of the first footnote of the item's annotation, as this version prints it. */
    int firstFootnote(ItemId id) {
        return firstFootnotes.get(id);
    }

    /** Every item, in document order. */
    List<Agenda.NumberedItem> inOrder() {
        return List.copyOf(items.values());
    }
}
