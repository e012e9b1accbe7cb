package org.agendum.importing.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.agendum.model.AgendaItem;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.ListEnd;
import org.agendum.model.Numbering;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;

/**
 * An agenda item while it is being read: its number, its title and the mark its list entry ended with, then what
 * the annotations give it. Its id is made from its number ("item-1-a"), readable in the file and stable for one
 * import.
 */
final class DraftItem {
    final List<Integer> path;
    final String title;
    /** The punctuation the list printed after the title: ":", ";", ".", or "" for none. */
    final String printedMark;
    final List<DraftItem> children = new ArrayList<>();
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<DocumentationEntry> documentation = new ArrayList<>();
    String heading = "";
    ListEnd listEnd = ListEnd.DERIVED;

    DraftItem(List<Integer> path, String title, String printedMark) {
        this.path = List.copyOf(path);
        this.title = title;
        this.printedMark = printedMark;
    }

    ItemId id() {
        StringBuilder id = new StringBuilder("item");
        for (int depth = 0; depth < path.size(); depth++) {
            id.append('-').append(Numbering.bare(depth, path.get(depth)));
        }
        return new ItemId(id.length() > 64 ? "item-" + path.stream().map(String::valueOf)
                .collect(Collectors.joining(".")) : id.toString());
    }

    /** "1 (a)", as the report and the annex cite it. */
    String reference() {
        return Numbering.reference(path);
    }

    AgendaItem build() {
        return new AgendaItem(id(), title, new RichText(paragraphs), documentation,
                children.stream().map(DraftItem::build).toList(), heading, listEnd);
    }
}
