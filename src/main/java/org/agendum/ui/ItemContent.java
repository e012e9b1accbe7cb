package org.agendum.ui;

import java.util.List;
import java.util.Optional;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/**
 * What the item view shows for the selected item: its heading, its annotation, its Documentation list and its
 * sub-items (as tree rows, to go to them).
 */
record ItemContent(ItemId id, String heading, AnnotationLayout annotation, List<DocumentationEntry> documentation,
        List<AgendaRow> subItems) {
    ItemContent {
        documentation = List.copyOf(documentation);
        subItems = List.copyOf(subItems);
    }

    static Optional<ItemContent> of(Meeting meeting, ItemId selected) {
        if (selected == null) {
            return Optional.empty();
        }
        List<Agenda.NumberedItem> all = meeting.agenda().numbered();
        for (Agenda.NumberedItem numbered : all) {
            var item = numbered.item();
            if (item.id().equals(selected)) {
                String title = item.title().isBlank() ? AgendaRow.UNTITLED : AgendaPunctuation.heading(item.title());
                // the links to sub-items carry no scheduling mark (the tree shows it), so that a change to the
                // organization of work alone does not redraw the item
                List<AgendaRow> children = all.stream().filter(n -> selected.equals(n.parent()))
                        .map(n -> AgendaRow.of(n, false)).toList();
                return Optional.of(new ItemContent(item.id(), heading(numbered.reference(), title),
                        AnnotationLayout.of(item.annotation(), meeting.agenda().firstFootnoteNumber(selected)), item.documentation(), children));
            }
        }
        return Optional.empty();
    }

    /** "1 (a)  Opening of the meeting": the reference, two spaces, the title without final punctuation. */
    static String heading(String reference, String title) {
        return reference + "  " + title;
    }
}
