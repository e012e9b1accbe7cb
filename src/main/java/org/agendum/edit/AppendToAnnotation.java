package org.agendum.edit;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;

/**
 * Adds paragraphs at the end of an item's annotation: text an import did not place, taken by the officer into the
 * item it belongs to. One undo step of its own, never merged with typing.
 */
public record AppendToAnnotation(ItemId id, List<Paragraph> paragraphs) implements Edit {
    public AppendToAnnotation {
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("Nothing to add to the annotation");
        }
    }

    @Override
    public String label() {
        return "Add text to annotation";
    }

    @Override
    public Meeting apply(Meeting meeting) {
        AgendaEdits.existing(meeting, id);
        return meeting.withAgenda(meeting.agenda().replace(id, item -> {
            List<Paragraph> all = new ArrayList<>(item.annotation().paragraphs());
            // a blank annotation (one empty paragraph, as the editor leaves it) is replaced, not added to
            if (item.annotation().isEmpty()) {
                all.clear();
            }
            all.addAll(paragraphs);
            return item.withAnnotation(new RichText(all));
        }));
    }
}
