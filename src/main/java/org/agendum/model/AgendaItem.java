package org.agendum.model;

import java.util.List;
import java.util.Objects;

/**
 * An item of the agenda with its annotation, its Documentation list and its sub-items. Immutable: an edit
 * builds a new item and shares every untouched sub-tree, which keeps undo snapshots cheap.
 *
 * <p>Two rare overrides: {@code heading}, the annotation's heading where it differs from the list's title
 * ("Opening of the sixth session" under "Opening of the sixth session of the Conference"; empty: the title),
 * and {@code listEnd}, the list entry's end punctuation where it is not the derived one.
 *
 * <p>{@code mark}: what is still to be done to the item's text ({@link ItemMark}): a review (the item came from last
 * session's meeting and nobody has looked at it since) or a translation (the item was copied into another language's
 * version and is still in the original's words). Changing the item's content (title, annotation, Documentation,
 * heading, list punctuation) takes the mark off, in the {@code with…} methods themselves, so that every edit, present
 * or future, counts as the review or the translation without each edit having to remember it; a change to the
 * sub-items alone does not (the item itself is as it was).
 */
public record AgendaItem(
        ItemId id,
        String title,
        RichText annotation,
        List<DocumentationEntry> documentation,
        List<AgendaItem> subItems,
        String heading,
        ListEnd listEnd,
        ItemMark mark) {

    public AgendaItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(listEnd, "listEnd");
        Objects.requireNonNull(mark, "mark");
        documentation = List.copyOf(documentation);
        subItems = List.copyOf(subItems);
    }

    /** An item with nothing left to review or translate. */
    public AgendaItem(ItemId id, String title, RichText annotation, List<DocumentationEntry> documentation,
                      List<AgendaItem> subItems, String heading, ListEnd listEnd) {
        this(id, title, annotation, documentation, subItems, heading, listEnd, ItemMark.NONE);
    }

    /** An item without overrides: its heading is its title, its list punctuation the derived one. */
    public AgendaItem(ItemId id, String title, RichText annotation, List<DocumentationEntry> documentation,
                      List<AgendaItem> subItems) {
        this(id, title, annotation, documentation, subItems, "", ListEnd.DERIVED);
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

    /** What the annotations print over this item's annotation: its own heading if it has one, else its title. */
    public String annotationHeading() {
        return heading.isBlank() ? title : heading;
    }

    /**
     * Whether the annotations have anything to say about this item: an annotation, a Documentation list, or a
     * sub-item that has. An item without is left out or given the standard sentence ({@link EmptyAnnotations}).
     */
    public boolean hasAnnotationContent() {
        if (!annotation.isEmpty() || !documentation.isEmpty()) {
            return true;
        }
        for (AgendaItem sub : subItems) {
            if (sub.hasAnnotationContent()) {
                return true;
            }
        }
        return false;
    }

    public AgendaItem withTitle(String newTitle) {
        return new AgendaItem(id, newTitle, annotation, documentation, subItems, heading, listEnd,
                kept(newTitle.equals(title)));
    }

    public AgendaItem withAnnotation(RichText newAnnotation) {
        return new AgendaItem(id, title, newAnnotation, documentation, subItems, heading, listEnd,
                kept(newAnnotation.equals(annotation)));
    }

    public AgendaItem withDocumentation(List<DocumentationEntry> newDocumentation) {
        return new AgendaItem(id, title, annotation, newDocumentation, subItems, heading, listEnd,
                kept(newDocumentation.equals(documentation)));
    }

    public AgendaItem withSubItems(List<AgendaItem> newSubItems) {
        return new AgendaItem(id, title, annotation, documentation, newSubItems, heading, listEnd, mark);
    }

    public AgendaItem withHeading(String newHeading) {
        return new AgendaItem(id, title, annotation, documentation, subItems, newHeading, listEnd,
                kept(newHeading.equals(heading)));
    }

    public AgendaItem withListEnd(ListEnd newListEnd) {
        return new AgendaItem(id, title, annotation, documentation, subItems, heading, newListEnd,
                kept(newListEnd == listEnd));
    }

    /** The item with another mark (or none), nothing else changed. */
    public AgendaItem withMark(ItemMark newMark) {
        return new AgendaItem(id, title, annotation, documentation, subItems, heading, listEnd, newMark);
    }

    /** The mark after a change of content: kept only if the content is the same. */
    private ItemMark kept(boolean same) {
        return same ? mark : ItemMark.NONE;
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
