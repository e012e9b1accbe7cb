package org.agendum.changes;

import java.util.List;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.EntryId;
import org.agendum.model.ItemId;
import org.agendum.model.ListEnd;
import org.agendum.model.SlotId;

/**
 * One change between two versions of a meeting, as a conference officer reads it ({@link #description()}), with the
 * place it points at ({@link #target()}). Items, meetings and entries are matched by their ids, never by their
 * places: numbers are only what each version prints ("Item 4 moved to 2").
 */
public sealed interface Change {
    /** The change in words, e.g. "Item 4 moved to 2: “Adoption of the agenda”". */
    String description();

    /** Where the change is in the current meeting. */
    ChangeTarget target();

    // ---- the agenda -------------------------------------------------------------------------------------------

    /** @param number the item's number in the current version, e.g. "3 (a)" */
    record ItemAdded(ItemId id, String number, String title) implements Change {
        public String description() {
            return "Item " + number + " added: " + Words.quoted(title);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Item(id);
        }
    }

    /** @param number the item's number in the earlier version */
    record ItemRemoved(ItemId id, String number, String title) implements Change {
        public String description() {
            return "Item " + number + " removed: " + Words.quoted(title);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Agenda();
        }
    }

    /** An item in another place: under another item, or before or after other items of its list. */
    record ItemMoved(ItemId id, String oldNumber, String newNumber, String title) implements Change {
        public String description() {
            return "Item " + oldNumber + " moved to " + newNumber + ": " + Words.quoted(title);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Item(id);
        }
    }

    /** @param number the item's number in the current version */
    record ItemRenamed(ItemId id, String number, String oldTitle, String newTitle) implements Change {
        public String description() {
            return "Item " + number + " renamed: " + Words.quoted(oldTitle) + " \u2192 " + Words.quoted(newTitle);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Item(id);
        }
    }

    /**
     * Words of an item's annotation deleted, inserted or replaced.
     *
     * @param paragraph    the paragraph (from 1) of the current text where the change is
     * @param deleted      the earlier version's words that are gone (empty for an insertion)
     * @param inserted     the current version's words that came (empty for a deletion)
     * @param before       up to a few unchanged words before, for context
     * @param after        up to a few unchanged words after, for context
     */
    record AnnotationChanged(ItemId item, String number, int paragraph, List<String> deleted, List<String> inserted,
            List<String> before, List<String> after) implements Change {
        public AnnotationChanged {
            deleted = List.copyOf(deleted);
            inserted = List.copyOf(inserted);
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        public String description() {
            return "Item " + number + ", paragraph " + paragraph + ": " + Words.quoted(Words.excerpt(before, deleted, after))
                    + " now reads " + Words.quoted(Words.excerpt(before, inserted, after));
        }

        public ChangeTarget target() {
            return new ChangeTarget.Annotation(item);
        }
    }

    /** @param index the entry's place in the current list */
    record DocumentationAdded(ItemId item, String number, int index, DocumentationEntry entry) implements Change {
        public String description() {
            return "Item " + number + ", Documentation: added " + Words.entry(entry);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Documentation(item, index);
        }
    }

    record DocumentationRemoved(ItemId item, String number, DocumentationEntry entry) implements Change {
        public String description() {
            return "Item " + number + ", Documentation: removed " + Words.entry(entry);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Item(item);
        }
    }

    /**
     * The same entry at another place of its list.
     *
     * @param from its place (from 0) in the earlier list
     * @param index its place in the current list
     */
    record DocumentationMoved(ItemId item, String number, int from, int index, DocumentationEntry entry)
            implements Change {
        public String description() {
            return "Item " + number + ", Documentation: " + Words.entry(entry) + " moved from place " + (from + 1)
                    + " to " + (index + 1);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Documentation(item, index);
        }
    }

    /** The entry at {@code index} of the current list, which stands where {@code before} stood. */
    record DocumentationChanged(ItemId item, String number, int index, DocumentationEntry before,
            DocumentationEntry after) implements Change {
        public String description() {
            return "Item " + number + ", Documentation: " + Words.entry(before) + " \u2192 " + Words.entry(after);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Documentation(item, index);
        }
    }

    /**
     * A paragraph of an item's annotation at another level: body text, or a subparagraph "(a)", "(i)", "a.". Its
     * label is the version's as the annotation letters it; a change of label that only follows a neighbour's level
     * (relettering) is not one.
     *
     * @param paragraph the paragraph (from 1) of the current text
     * @param oldLabel  the earlier label, "" for body text
     * @param newLabel  the current label, "" for body text
     */
    record SubparagraphChanged(ItemId item, String number, int paragraph, String oldLabel, String newLabel)
            implements Change {
        public String description() {
            String where = "Item " + number + ", paragraph " + paragraph + " is now ";
            if (newLabel.isEmpty()) {
                return where + "body text, not subparagraph " + oldLabel;
            }
            return where + "subparagraph " + newLabel + (oldLabel.isEmpty() ? "" : ", not " + oldLabel);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Annotation(item);
        }
    }

    /**
     * The same words of an annotation in another style: bold, italic, underlined, superscript, or a link (or its
     * address) added or taken off.
     *
     * @param words the words, as the current text has them
     * @param how   what changed, e.g. "now bold", "link “https://a” → “https://b”"
     */
    record FormattingChanged(ItemId item, String number, int paragraph, List<String> words, String how)
            implements Change {
        public FormattingChanged {
            words = List.copyOf(words);
        }

        public String description() {
            return "Item " + number + ", paragraph " + paragraph + ": formatting of "
                    + Words.quoted(String.join(" ", words)) + " changed: " + how;
        }

        public ChangeTarget target() {
            return new ChangeTarget.Annotation(item);
        }
    }

    /**
     * A footnote of an annotation whose text changed (or only its formatting, when the texts read the same).
     *
     * @param paragraph the paragraph (from 1) of the current text that calls it
     * @param footnote  its number in the current version (footnotes are numbered through the document)
     */
    record FootnoteChanged(ItemId item, String number, int paragraph, int footnote, String oldText, String newText)
            implements Change {
        public String description() {
            String where = "Item " + number + ", paragraph " + paragraph + ": ";
            if (oldText.equals(newText)) {
                return where + "formatting of footnote " + footnote + " changed: " + Words.quotedOrBlank(newText);
            }
            return where + "footnote " + footnote + " changed: " + Words.quotedOrBlank(oldText) + " \u2192 "
                    + Words.quotedOrBlank(newText);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Annotation(item);
        }
    }

    /** @param footnote its number in the current version */
    record FootnoteAdded(ItemId item, String number, int paragraph, int footnote, String text) implements Change {
        public String description() {
            return "Item " + number + ", paragraph " + paragraph + ": footnote " + footnote + " added: "
                    + Words.quotedOrBlank(text);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Annotation(item);
        }
    }

    /** @param footnote its number in the earlier version */
    record FootnoteRemoved(ItemId item, String number, int footnote, String text) implements Change {
        public String description() {
            return "Item " + number + ": footnote " + footnote + " removed: " + Words.quotedOrBlank(text);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Annotation(item);
        }
    }

    /**
     * A footnote (its text the same) called at another place of its annotation.
     *
     * @param after up to a few words before the place it is now called at, in its paragraph
     */
    record FootnoteMoved(ItemId item, String number, int paragraph, int footnote, List<String> after)
            implements Change {
        public FootnoteMoved {
            after = List.copyOf(after);
        }

        public String description() {
            String place = after.isEmpty() ? "at the start" : "after " + Words.quoted(String.join(" ", after));
            return "Item " + number + ", paragraph " + paragraph + ": footnote " + footnote + " now called " + place;
        }

        public ChangeTarget target() {
            return new ChangeTarget.Annotation(item);
        }
    }

    /** The annotation's own heading, where it differs from the item's title; empty: the title. */
    record HeadingChanged(ItemId item, String number, String oldHeading, String newHeading) implements Change {
        public String description() {
            return "Item " + number + ", annotation heading: " + heading(oldHeading) + " \u2192 " + heading(newHeading);
        }

        private static String heading(String heading) {
            return heading.isBlank() ? "(the title)" : Words.quoted(heading);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Item(item);
        }
    }

    /** How the item's line of the agenda list ends: as the rule derives it, or a mark the officer chose. */
    record ListEndChanged(ItemId item, String number, ListEnd oldEnd, ListEnd newEnd) implements Change {
        public String description() {
            return "Item " + number + ", list punctuation: " + oldEnd.label() + " \u2192 " + newEnd.label();
        }

        public ChangeTarget target() {
            return new ChangeTarget.Punctuation(item);
        }
    }

    // ---- the details ------------------------------------------------------------------------------------------

    /** A field of the meeting's details with another value; the values as the details editor names them. */
    record DetailChanged(DetailField<?> field, String oldValue, String newValue) implements Change {
        public String description() {
            return field.label() + ": " + Words.quotedOrBlank(oldValue) + " \u2192 " + Words.quotedOrBlank(newValue);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Detail(field);
        }
    }

    // ---- the organization of work -----------------------------------------------------------------------------

    /** @param what "item 3" or "note “Informal consultations”"; {@code meeting} the meeting's day and times */
    record EntryAdded(EntryId id, String what, String meeting) implements Change {
        public String description() {
            return "Organization of work: " + what + " added to " + meeting;
        }

        public ChangeTarget target() {
            return new ChangeTarget.Entry(id);
        }
    }

    /** @param slot the meeting it was in, if that meeting is still there */
    record EntryRemoved(EntryId id, String what, String meeting, SlotId slot, boolean slotKept) implements Change {
        public String description() {
            return "Organization of work: " + what + " removed from " + meeting;
        }

        public ChangeTarget target() {
            return slotKept ? new ChangeTarget.Slot(slot) : new ChangeTarget.Organization();
        }
    }

    record EntryMoved(EntryId id, String what, String fromMeeting, String toMeeting) implements Change {
        public String description() {
            return "Organization of work: " + what + " moved from " + fromMeeting + " to " + toMeeting;
        }

        public ChangeTarget target() {
            return new ChangeTarget.Entry(id);
        }
    }

    record NoteChanged(EntryId id, String meeting, String oldText, String newText) implements Change {
        public String description() {
            return "Organization of work, " + meeting + ": note " + Words.quotedOrBlank(oldText) + " \u2192 "
                    + Words.quotedOrBlank(newText);
        }

        public ChangeTarget target() {
            return new ChangeTarget.Entry(id);
        }
    }

    /**
     * An entry in another place within its meeting, among the entries it had before and still has (the annex lists
     * them in that order).
     *
     * @param neighbour the entry it now stands before ({@code before}) or, when it is last, after, in words
     */
    record EntryReordered(EntryId id, String what, String meeting, EntryId neighbourId, String neighbour,
            boolean before) implements Change {
        public String description() {
            return "Organization of work, " + meeting + ": " + what + " moved " + (before ? "before " : "after ")
                    + neighbour;
        }

        public ChangeTarget target() {
            return new ChangeTarget.Entry(id);
        }
    }

    /**
     * A meeting in another place among the meetings held at the same times on its day (the annex prints them in
     * that order).
     *
     * @param neighbour "the meeting of …" it now stands before ({@code before}) or, when it is last, after
     */
    record MeetingReordered(SlotId id, String meeting, String neighbour, boolean before) implements Change {
        public String description() {
            return "Organization of work: meeting of " + meeting + " now " + (before ? "before " : "after ")
                    + neighbour;
        }

        public ChangeTarget target() {
            return new ChangeTarget.Slot(id);
        }
    }

    record MeetingAdded(SlotId id, String meeting) implements Change {
        public String description() {
            return "Organization of work: meeting added, " + meeting;
        }

        public ChangeTarget target() {
            return new ChangeTarget.Slot(id);
        }
    }

    record MeetingRemoved(SlotId id, String meeting) implements Change {
        public String description() {
            return "Organization of work: meeting removed, " + meeting;
        }

        public ChangeTarget target() {
            return new ChangeTarget.Organization();
        }
    }

    /** A meeting on another day, at other times or with another label. */
    record MeetingRetimed(SlotId id, String oldMeeting, String newMeeting) implements Change {
        public String description() {
            return "Organization of work: meeting of " + oldMeeting + " now " + newMeeting;
        }

        public ChangeTarget target() {
            return new ChangeTarget.Slot(id);
        }
    }

    /**
     * A day without meetings added: the annex prints its date all the same. (A day with meetings is told by them:
     * its meetings added, retimed to it or removed.)
     *
     * @param index the day's place in the current organization of work
     */
    record DayAdded(int index, String day) implements Change {
        public String description() {
            return "Organization of work: day added, " + day + " (no meetings)";
        }

        public ChangeTarget target() {
            return new ChangeTarget.Day(index);
        }
    }

    /** A day that had no meetings removed. */
    record DayRemoved(String day) implements Change {
        public String description() {
            return "Organization of work: day removed, " + day + " (no meetings)";
        }

        public ChangeTarget target() {
            return new ChangeTarget.Organization();
        }
    }
}
