package org.agendum.ui.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;

/**
 * Brings a parent's children to a wanted list with as few removals and insertions as it takes. A node that is
 * removed and added again has its CSS worked out anew, which in a big grid is most of the cost of an update;
 * {@code setAll} would do that for every chip of a meeting when one chip moves.
 */
final class Children {
    private Children() {
    }

    static void sync(List<Node> children, List<Node> wanted) {
        Set<Node> keep = new HashSet<>(wanted);
        children.removeIf(node -> !keep.contains(node));
        for (int i = 0; i < wanted.size(); i++) {
            Node node = wanted.get(i);
            if (i < children.size() && children.get(i) == node) {
                continue;
            }
            children.remove(node);
            children.add(i, node);
        }
    }
}
