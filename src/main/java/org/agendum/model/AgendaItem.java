package org.agendum.model;

import java.util.List;
import java.util.Objects;

/**
 * An item of the agenda with its annotation, its Documentation list and its sub-items. Immutable: an edit
 * builds a new item and shares every untouched sub-tree, which keeps undo snapshots cheap.
 */
public record AgendaItem(
        ItemId id,
        String title,
        RichText annotation,
        List<DocumentationEntry> documentation,
        List<AgendaItem> subItems) {

    public AgendaItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(annotation, "annotation");
        documentation = List.copyOf(documentation);
        subItems = List.copyOf(subItems);
    }

    public static AgendaItem of(ItemId id, String title) {
        return new AgendaItem(id, title, RichText.EMPTY, List.of(), List.of());
    }

    public static AgendaItem titled(String title) {
        return of(ItemId.random(), title);
    }

    public boolean hasSubItems() {
        return !subItems.isEmpty();
    }

    public AgendaItem withTitle(String newTitle) {
        return new AgendaItem(id, newTitle, annotation, documentation, subItems);
    }

    public AgendaItem withAnnotation(RichText newAnnotation) {
        return new AgendaItem(id, title, newAnnotation, documentation, subItems);
    }

    public AgendaItem withDocumentation(List<DocumentationEntry> newDocumentation) {
        return new AgendaItem(id, title, annotation, newDocumentation, subItems);
    }

    public AgendaItem withSubItems(List<AgendaItem> newSubItems) {
        return new AgendaItem(id, title, annotation, documentation, newSubItems);
    }

    /** This item and all items below it, depth first. */
    public List<AgendaItem> selfAndDescendants() {
        List<AgendaItem> out = new java.util.ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(AgendaItem item, List<AgendaItem> out) {
        out.add(item);
        item.subItems.forEach(child -> collect(child, out));
    }
}
