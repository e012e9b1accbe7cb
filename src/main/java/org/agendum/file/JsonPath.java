package org.agendum.file;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendum.model.Numbering;

/**
 * A place in a meeting file, as field names and list indexes. It prints two ways: the technical path
 * ({@code agenda[1].items[0].title}) that a developer or a text editor's search finds, and the words an
 * officer understands ({@code "title" of agenda item 2 (a)}). Error messages give both.
 */
final class JsonPath {
    static final JsonPath ROOT = new JsonPath(List.of());

    /** What one element of a list under this field is called, "%s" being its parent's description. */
    private static final Map<String, String> ELEMENT_NAMES = Map.of(
            "annotation", "paragraph %d of the annotation of %s",
            "content", "part %d of %s",
            "footnote", "run %d of the footnote in %s",
            "documentation", "document %d in the Documentation of %s",
            "days", "day %d of %s",
            "meetings", "meeting %d of %s",
            "entries", "entry %d of %s",
            "issued", "issued version %d of %s");

    /** Beyond this an item is named by its path alone: letters would run to "aaaa…". */
    private static final int MAX_NAMED_ORDINAL = 52;

    /** Each step is a field name (String) or a list index (Integer). */
    private final List<Object> steps;

    private JsonPath(List<Object> steps) {
        this.steps = List.copyOf(steps);
    }

    JsonPath field(String name) {
        List<Object> more = new ArrayList<>(steps);
        more.add(name);
        return new JsonPath(more);
    }

    JsonPath index(int index) {
        List<Object> more = new ArrayList<>(steps);
        more.add(index);
        return new JsonPath(more);
    }

    /** The path of the value a streaming parser is on (for a field name token: that field). */
    static JsonPath of(JsonStreamContext context) {
        List<Object> reversed = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                if (c.getCurrentName() != null) {
                    reversed.add(c.getCurrentName());
                }
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                reversed.add(c.getCurrentIndex());
            }
        }
        List<Object> steps = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            steps.add(reversed.get(i));
        }
        return new JsonPath(steps);
    }

    boolean isRoot() {
        return steps.isEmpty();
    }

    int length() {
        return steps.size();
    }

    /** "agenda[1].items[0].title"; empty at the root. */
    String technical() {
        StringBuilder out = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step);
            }
        }
        return out.toString();
    }

    /**
     * The place in words with its technical path: {@code "title" of agenda item 2 (agenda[1].title)},
     * {@code agenda item 1 (a) (agenda[0].items[0])}, {@code the meeting file} at the root.
     */
    String describe() {
        if (steps.isEmpty()) {
            return "the meeting file";
        }
        return words() + " (" + technical() + ")";
    }

    /**
     * The object at this place, for sentences about its fields ("… has no "title""): {@code the details
     * (details)} where {@link #describe()} would say {@code "details" at the top of the file (details)}.
     */
    String describeObject() {
        return steps.isEmpty() ? "the meeting file" : noun() + " (" + technical() + ")";
    }

    /**
     * True when a streaming parser's context is at this place: at the field name token for a path that ends
     * with a field, at the opening token of an element for a path that ends with an index.
     */
    boolean matches(JsonStreamContext context) {
        int i = steps.size() - 1;
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            Object step;
            if (c.inObject()) {
                if (c.getCurrentName() == null) {
                    continue; // an object just opened: its place is its parent's
                }
                step = c.getCurrentName();
            } else if (c.getCurrentIndex() >= 0) {
                step = c.getCurrentIndex();
            } else {
                continue;
            }
            if (i < 0 || !steps.get(i).equals(step)) {
                return false;
            }
            i--;
        }
        return i < 0;
    }

    /** The place in words only. */
    String words() {
        if (steps.isEmpty()) {
            return "the meeting file";
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof String field) {
            JsonPath parent = new JsonPath(steps.subList(0, steps.size() - 1));
            return parent.isRoot() ? "\"" + field + "\" at the top of the file"
                    : "\"" + field + "\" of " + parent.noun();
        }
        return noun();
    }

    /** The object or list element this path ends at, in words. */
    private String noun() {
        String noun = "the meeting file";
        List<Integer> ordinals = null; // set while the noun is an agenda item
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            Object next = i + 1 < steps.size() ? steps.get(i + 1) : null;
            if (step instanceof Integer index) {
                // an index right after the root, or after another index: name it by position
                noun = "element " + (index + 1) + " of " + noun;
                ordinals = null;
                continue;
            }
            String field = (String) step;
            if (next instanceof Integer index) {
                i++;
                if (field.equals("agenda") && i == 1) {
                    ordinals = new ArrayList<>(List.of(index + 1));
                    noun = itemName(ordinals);
                } else if (field.equals("items") && ordinals != null) {
                    ordinals.add(index + 1);
                    noun = itemName(ordinals);
                } else {
                    String pattern = ELEMENT_NAMES.get(field);
                    noun = pattern != null ? String.format(pattern, index + 1, noun)
                            : "element " + (index + 1) + " of \"" + field + "\" of " + noun;
                    ordinals = null;
                }
            } else if (field.equals("details") && i == 0) {
                noun = "the details";
            } else if (field.equals("organizationOfWork") && i == 0) {
                noun = "the organization of work";
            } else {
                noun = "\"" + field + "\" of " + noun;
                ordinals = null;
            }
        }
        return noun;
    }

    private static String itemName(List<Integer> ordinals) {
        boolean nameable = ordinals.stream().allMatch(o -> o <= MAX_NAMED_ORDINAL);
        return "agenda item " + (nameable ? Numbering.reference(ordinals)
                : String.join(".", ordinals.stream().map(String::valueOf).toList()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPath path && path.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return technical();
    }
}
