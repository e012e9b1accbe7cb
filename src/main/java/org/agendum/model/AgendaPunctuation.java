package org.agendum.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The punctuation of the provisional agenda list (docs/un-format.md §6.1): each top-level item is one sentence.
 * An item with sub-items ends with a colon, an entry followed by more of the same item with a semicolon, and
 * the entry that closes the item with a full stop. Annotation headings repeat the titles without it.
 */
public final class AgendaPunctuation {
    /**
     * What the end of a heading loses: the characters of {@code [\s.;:,]} (Java's \s is these six), and the same
     * marks as Chinese (full-width) and Arabic versions print them.
     */
    private static final String TRAILING = " \t\n\u000B\f\r.;:,\u3002\uFF1B\uFF1A\uFF0C\u061B\u060C";

    private AgendaPunctuation() {
    }

    /** An item whose list entry ends otherwise than the rule says, and the mark the rule gives. */
    public record Override(Agenda.NumberedItem numbered, String derivedMark) {
    }

    /** One line of the agenda list, ready to print after its label. */
    public record ListEntry(Agenda.NumberedItem numbered, String text) {
    }

    /**
     * The marks a version prints for the colon, the semicolon and the full stop: English ":" ";" ".", Chinese
     * full-width "：" "；" "。", Arabic "؛" for the semicolon; an item's own list end takes the version's mark too.
     */
    public record Marks(String colon, String semicolon, String fullStop) {
        public static final Marks ENGLISH = new Marks(":", ";", ".");

        public Marks {
            Objects.requireNonNull(colon, "colon");
            Objects.requireNonNull(semicolon, "semicolon");
            Objects.requireNonNull(fullStop, "fullStop");
        }

        /** The mark of {@code end} ("" for none); {@code derived} for {@link ListEnd#DERIVED}. */
        String of(ListEnd end, ListEnd derived) {
            return switch (end == ListEnd.DERIVED ? derived : end) {
                case COLON -> colon;
                case SEMICOLON -> semicolon;
                case FULL_STOP -> fullStop;
                case NONE, DERIVED -> "";
            };
        }
    }

    public static List<ListEntry> listEntries(Agenda agenda) {
        return listEntries(agenda, Marks.ENGLISH);
    }

    /** The list's entries with {@code marks} for their punctuation. */
    public static List<ListEntry> listEntries(Agenda agenda, Marks marks) {
        List<Agenda.NumberedItem> all = agenda.numbered();
        List<ListEntry> out = new ArrayList<>(all.size());
        for (int k = 0; k < all.size(); k++) {
            Agenda.NumberedItem current = all.get(k);
            boolean moreOfSameItem = k + 1 < all.size() && all.get(k + 1).depth() > 0;
            ListEnd derived = derivedEnd(current.item(), moreOfSameItem);
            out.add(new ListEntry(current, heading(current.item().title()) + marks.of(current.item().listEnd(), derived)));
        }
        return out;
    }

    /**
     * Items whose list punctuation is set otherwise than the rule, with the mark the rule gives: the validator
     * warns of each, since a difference is usually a mistake.
     */
    public static List<Override> overridden(Agenda agenda) {
        List<Agenda.NumberedItem> all = agenda.numbered();
        List<Override> out = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            Agenda.NumberedItem current = all.get(k);
            ListEnd end = current.item().listEnd();
            if (end == ListEnd.DERIVED) {
                continue;
            }
            ListEnd derived = derivedEnd(current.item(), k + 1 < all.size() && all.get(k + 1).depth() > 0);
            if (derived != end) {
                out.add(new Override(current, derived.mark()));
            }
        }
        return out;
    }

    private static ListEnd derivedEnd(AgendaItem item, boolean moreOfSameItem) {
        return item.hasSubItems() ? ListEnd.COLON : moreOfSameItem ? ListEnd.SEMICOLON : ListEnd.FULL_STOP;
    }

    /** The title as an annotation heading: stripped of any final punctuation the author may have typed. */
    public static String heading(String title) {
        // a loop, not a regular expression: the validator asks this of every title after every edit
        String stripped = title.strip();
        int end = stripped.length();
        while (end > 0 && TRAILING.indexOf(stripped.charAt(end - 1)) >= 0) {
            end--;
        }
        return stripped.substring(0, end);
    }
}
