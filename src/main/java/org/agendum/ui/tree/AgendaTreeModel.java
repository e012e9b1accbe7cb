package org.agendum.ui.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.TreeItem;
import org.agendum.model.Agenda;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.UnscheduledItems;
import org.agendum.typography.LanguageNumbering;
import org.agendum.ui.common.VersionLanguage;

/**
 * The agenda as tree items that outlive edits: after a change, each item keeps its {@link TreeItem} (matched
 * by id), so the tree keeps selection, expansion and scroll position; only changed rows and moved children
 * are touched. New items start expanded. The tree may show only some items (the ones left to review or translate):
 * those, and the items they are under, so that each keeps its place and number.
 */
final class AgendaTreeModel {
    private final TreeItem<AgendaRow> root = new TreeItem<>();
    private Map<ItemId, TreeItem<AgendaRow>> byId = new HashMap<>();

    AgendaTreeModel() {
        root.setExpanded(true);
    }

    TreeItem<AgendaRow> root() {
        return root;
    }

    Optional<TreeItem<AgendaRow>> find(ItemId id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * Follows the meeting. A change to the organization of work alone only changes the rows whose unscheduled
     * mark flips; the tree's structure is left alone.
     */
    void update(Meeting meeting) {
        update(meeting, null, null);
    }

    /**
     * Follows the meeting, but leaves the row of the item being renamed in place as it is: a changed value makes the
     * tree rebuild its cells, which would end the rename after its first keystroke. The tree updates it once the
     * rename ends. With {@code only} (null: every item), the tree shows just those items and the items they are under.
     */
    void update(Meeting meeting, ItemId renaming, Set<ItemId> only) {
        Set<ItemId> unscheduled = UnscheduledItems.in(meeting);
        LanguageNumbering numbering = VersionLanguage.document(meeting).numbering();
        Map<ItemId, TreeItem<AgendaRow>> next = new HashMap<>();
        Map<TreeItem<AgendaRow>, List<TreeItem<AgendaRow>>> children = new LinkedHashMap<>();
        children.put(root, new ArrayList<>());
        List<Agenda.NumberedItem> all = meeting.agenda().numbered();
        Set<ItemId> shown = only == null ? null : withParents(all, only);
        for (Agenda.NumberedItem numbered : all) {
            if (shown != null && !shown.contains(numbered.item().id())) {
                continue;
            }
            AgendaRow row = AgendaRow.of(numbered, unscheduled.contains(numbered.item().id()), numbering);
            TreeItem<AgendaRow> treeItem = byId.get(row.id());
            if (treeItem == null) {
                treeItem = new TreeItem<>(row);
                treeItem.setExpanded(true);
            } else if (!row.equals(treeItem.getValue()) && !row.id().equals(renaming)) {
                treeItem.setValue(row);
            }
            next.put(row.id(), treeItem);
            if (numbered.item().hasSubItems() || !treeItem.getChildren().isEmpty()) {
                children.put(treeItem, new ArrayList<>()); // leaves that stay leaves (most items) need no list
            }
            // numbered() is depth first, so the parent has been seen already
            TreeItem<AgendaRow> parent = numbered.parent() == null ? root : next.get(numbered.parent());
            children.get(parent).add(treeItem);
        }
        // Only the lists that change (most edits change one or two of several hundred). First take every item out
        // of the lists it leaves, then fill the lists, so that an item moving to another parent is never in two
        // lists at once.
        children.entrySet().removeIf(list -> list.getKey().getChildren().equals(list.getValue()));
        children.forEach((parent, wanted) -> {
            Set<TreeItem<AgendaRow>> keep = Collections.newSetFromMap(new IdentityHashMap<>());
            keep.addAll(wanted);
            parent.getChildren().removeIf(child -> !keep.contains(child));
        });
        children.forEach((parent, wanted) -> {
            if (!parent.getChildren().equals(wanted)) {
                parent.getChildren().setAll(wanted);
            }
        });
        byId = next;
    }

    /** The items and every item they are under: {@code numbered} is depth first, so from the end children come first. */
    private static Set<ItemId> withParents(List<Agenda.NumberedItem> numbered, Set<ItemId> only) {
        Set<ItemId> out = new HashSet<>(only);
        for (int i = numbered.size() - 1; i >= 0; i--) {
            Agenda.NumberedItem item = numbered.get(i);
            if (item.parent() != null && out.contains(item.item().id())) {
                out.add(item.parent());
            }
        }
        return out;
    }
}
