package org.agendum.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The agenda: a tree of items. Every operation returns a new agenda that shares untouched sub-trees.
 * A null parent id means the top level.
 */
public record Agenda(List<AgendaItem> items) {
    /** Deeper than this nothing in UN practice is numbered; the limit also bounds recursion on hostile files. */
    public static final int MAX_DEPTH = 16;

    public static final Agenda EMPTY = new Agenda(List.of());

    public Agenda {
        items = List.copyOf(items);
    }

    /** Where an item sits: its parent (null at the top level), its index among its siblings and its depth (0 = top). */
    public record Location(ItemId parent, int index, int depth) {
    }

    /** An item with its derived number. */
    public record NumberedItem(AgendaItem item, ItemId parent, List<Integer> ordinals) {
        public NumberedItem {
            ordinals = List.copyOf(ordinals);
        }

        public int depth() {
            return ordinals.size() - 1;
        }

        /** "1", "1 (a)", "1 (a) (i)": how the annex and cross-references cite the item. */
        public String reference() {
            return Numbering.reference(ordinals);
        }

        /** "1.", "(a)", "(i)": the label in front of the title in the agenda list and the annotation heading. */
        public String listLabel() {
            return Numbering.listLabel(depth(), ordinals.get(depth()));
        }
    }

    public Optional<AgendaItem> find(ItemId id) {
        return Optional.ofNullable(findIn(items, id));
    }

    public boolean contains(ItemId id) {
        return findIn(items, id) != null;
    }

    public AgendaItem get(ItemId id) {
        AgendaItem item = findIn(items, id);
        if (item == null) {
            throw new IllegalArgumentException("No agenda item with id " + id);
        }
        return item;
    }

    public Optional<Location> locate(ItemId id) {
        return Optional.ofNullable(locateIn(items, null, 0, id));
    }

    public List<AgendaItem> childrenOf(ItemId parent) {
        return parent == null ? items : get(parent).subItems();
    }

    /** True when {@code candidate} is {@code ancestor} itself or lies anywhere below it. */
    public boolean isWithin(ItemId candidate, ItemId ancestor) {
        AgendaItem root = findIn(items, ancestor);
        return root != null && findIn(List.of(root), candidate) != null;
    }

    /** Every item depth first, in document order, with its number (unmodifiable). */
    public List<NumberedItem> numbered() {
        return AgendaIndex.of(this).numbered();
    }

    public Optional<NumberedItem> numbered(ItemId id) {
        return numbered().stream().filter(n -> n.item().id().equals(id)).findFirst();
    }

    /**
     * The number of the first footnote called in this item's annotation: footnotes are numbered through the
     * whole document, in the order of the annotations. Views use it; the export counts along by the same rule.
     */
    public int firstFootnoteNumber(ItemId id) {
        int before = 0;
        List<AgendaItem> all = allItems();
        for (int i = 0; i < all.size(); i++) {
            AgendaItem item = all.get(i);
            if (item.id().equals(id)) {
                return before + 1;
            }
            before += item.annotation().footnoteCount();
        }
        throw new IllegalArgumentException("No agenda item with id " + id);
    }

    /** Every item depth first, in document order (unmodifiable). */
    public List<AgendaItem> allItems() {
        return AgendaIndex.of(this).items();
    }

    /** The ids of every item (unmodifiable). */
    public Set<ItemId> allIds() {
        return AgendaIndex.of(this).ids();
    }

    public int size() {
        return allItems().size();
    }

    /** The items that still carry this mark ({@link AgendaItem#mark()}), in document order. */
    public List<ItemId> marked(ItemMark mark) {
        List<ItemId> out = new ArrayList<>();
        for (AgendaItem item : allItems()) {
            if (item.mark() == mark) {
                out.add(item.id());
            }
        }
        return out;
    }

    /** The items that still carry a mark of either kind, in document order. */
    public List<ItemId> marked() {
        List<ItemId> out = new ArrayList<>();
        for (AgendaItem item : allItems()) {
            if (item.mark().isMarked()) {
                out.add(item.id());
            }
        }
        return out;
    }

    /** Levels below and including this item: 1 for an item without sub-items. */
    public static int height(AgendaItem item) {
        int below = 0;
        for (AgendaItem child : item.subItems()) {
            below = Math.max(below, height(child));
        }
        return below + 1;
    }

    public Agenda replace(ItemId id, UnaryOperator<AgendaItem> change) {
        List<AgendaItem> replaced = replaceIn(items, id, change);
        if (replaced == items) {
            throw new IllegalArgumentException("No agenda item with id " + id);
        }
        return new Agenda(replaced);
    }

    public Agenda remove(ItemId id) {
        List<AgendaItem> removed = removeIn(items, id);
        if (removed == items) {
            throw new IllegalArgumentException("No agenda item with id " + id);
        }
        return new Agenda(removed);
    }

    public Agenda insert(ItemId parent, int index, AgendaItem item) {
        if (parent == null) {
            return new Agenda(inserted(items, index, item));
        }
        return replace(parent, p -> p.withSubItems(inserted(p.subItems(), index, item)));
    }

    private static List<AgendaItem> inserted(List<AgendaItem> list, int index, AgendaItem item) {
        if (index < 0 || index > list.size()) {
            throw new IndexOutOfBoundsException("Position " + index + " is outside 0.." + list.size());
        }
        List<AgendaItem> copy = new ArrayList<>(list);
        copy.add(index, item);
        return copy;
    }

    private static AgendaItem findIn(List<AgendaItem> list, ItemId id) {
        for (AgendaItem item : list) {
            if (item.id().equals(id)) {
                return item;
            }
            AgendaItem below = findIn(item.subItems(), id);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static Location locateIn(List<AgendaItem> list, ItemId parent, int depth, ItemId id) {
        for (int i = 0; i < list.size(); i++) {
            AgendaItem item = list.get(i);
            if (item.id().equals(id)) {
                return new Location(parent, i, depth);
            }
            Location below = locateIn(item.subItems(), item.id(), depth + 1, id);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    static void number(List<AgendaItem> list, ItemId parent, List<Integer> prefix, List<NumberedItem> out) {
        for (int i = 0; i < list.size(); i++) {
            AgendaItem item = list.get(i);
            prefix.add(i + 1);
            out.add(new NumberedItem(item, parent, prefix));
            number(item.subItems(), item.id(), prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    /** Returns the same list instance when the id is not in it, so callers can tell "not found" and share structure. */
    private static List<AgendaItem> replaceIn(List<AgendaItem> list, ItemId id, UnaryOperator<AgendaItem> change) {
        for (int i = 0; i < list.size(); i++) {
            AgendaItem item = list.get(i);
            AgendaItem updated;
            if (item.id().equals(id)) {
                updated = change.apply(item);
            } else {
                List<AgendaItem> children = replaceIn(item.subItems(), id, change);
                if (children == item.subItems()) {
                    continue;
                }
                updated = item.withSubItems(children);
            }
            List<AgendaItem> copy = new ArrayList<>(list);
            copy.set(i, updated);
            return copy;
        }
        return list;
    }

    private static List<AgendaItem> removeIn(List<AgendaItem> list, ItemId id) {
        for (int i = 0; i < list.size(); i++) {
            AgendaItem item = list.get(i);
            List<AgendaItem> copy;
            if (item.id().equals(id)) {
                copy = new ArrayList<>(list);
                copy.remove(i);
                return copy;
            }
            List<AgendaItem> children = removeIn(item.subItems(), id);
            if (children != item.subItems()) {
                copy = new ArrayList<>(list);
                copy.set(i, item.withSubItems(children));
                return copy;
            }
        }
        return list;
    }
}
