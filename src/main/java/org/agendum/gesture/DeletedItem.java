package org.agendum.gesture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;

/**
 * What a deletion takes away, in the officer's words, for the status bar: "Deleted item 2 with its annotation, 1
 * Documentation entry and 2 entries of the organization of work. Ctrl+Z brings it back." A deletion is one
 * keystroke; saying what went is what makes it safe to press.
 */
public final class DeletedItem {
    private DeletedItem() {
    }

    /** The sentence for deleting {@code id} (with its sub-items) from {@code meeting}, as it is before the deletion. */
    public static String describe(Meeting meeting, ItemId id) {
        Agenda agenda = meeting.agenda();
        AgendaItem item = agenda.get(id);
        String reference = agenda.numbered(id).map(Agenda.NumberedItem::reference).orElse("");
        List<AgendaItem> all = item.selfAndDescendants();
        Set<ItemId> ids = all.stream().map(AgendaItem::id).collect(Collectors.toSet());
        List<String> parts = new ArrayList<>();
        count(parts, all.size() - 1, "sub-item", "sub-items");
        if (all.stream().anyMatch(i -> !i.annotation().isEmpty())) {
            parts.add(all.size() > 1 ? "the annotations" : "its annotation");
        }
        count(parts, all.stream().mapToInt(i -> i.documentation().size()).sum(), "Documentation entry",
                "Documentation entries");
        count(parts, (int) meeting.organization().allEntries().stream()
                .filter(e -> e instanceof ItemEntry entry && ids.contains(entry.item())).count(),
                "entry of the organization of work", "entries of the organization of work");
        String title = item.title().isBlank() ? "" : " \u201C" + shortened(item.title().strip()) + "\u201D";
        return "Deleted item " + reference + title + (parts.isEmpty() ? "" : " with " + joined(parts))
                + ". Ctrl+Z brings it back.";
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String shortened(String title) {
        if (title.length() <= 40) {
            return title;
        }
        int space = title.lastIndexOf(' ', 39);
        return title.substring(0, space > 20 ? space : 39).strip() + "\u2026"; // whole words where it can

    }
}
