package org.agendum.corrigendum;

import java.util.ArrayList;
import java.util.List;
import org.agendum.changes.Change;
import org.agendum.changes.MeetingChanges;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.Meeting;

/**
 * The instructions of a corrigendum, in the UN's words, from what changed since the issued version: one per change
 * (two for an entry moved in the annex: deleted from one meeting, inserted in the other), in the order the document
 * is read. Places are what the change knows ("Item 3, paragraph 1", "Annex, Monday, 2 July, 3–6 p.m."), not pages
 * or sentences, which only the printed document has; the officer may refine them before export. See docs/export.md.
 */
public final class CorrigendumInstructions {
    private CorrigendumInstructions() {
    }

    /** The instructions that correct {@code issued} into {@code current}; empty when nothing changed. */
    public static List<Instruction> between(Meeting issued, Meeting current) {
        return of(MeetingChanges.between(issued, current));
    }

    public static List<Instruction> of(List<Change> changes) {
        List<Instruction> out = new ArrayList<>();
        for (Change change : changes) {
            out.addAll(instructions(change));
        }
        return List.copyOf(out);
    }

    private static List<Instruction> instructions(Change change) {
        if (change instanceof Change.ItemRenamed c) {
            return one("Item " + c.number() + ", title", forRead(c.oldTitle(), c.newTitle()));
        } else if (change instanceof Change.ItemAdded c) {
            return one("Provisional agenda, item " + c.number(), "Insert a new item " + c.number() + ", "
                    + quoted(c.title()));
        } else if (change instanceof Change.ItemRemoved c) {
            return one("Provisional agenda, item " + c.number(), "Delete item " + c.number() + ", "
                    + quoted(c.title()));
        } else if (change instanceof Change.ItemMoved c) {
            return one("Provisional agenda, item " + c.oldNumber(), "Delete item " + c.oldNumber() + ", "
                    + quoted(c.title()) + ", and insert it as item " + c.newNumber());
        } else if (change instanceof Change.AnnotationChanged c) {
            return one("Item " + c.number() + ", paragraph " + c.paragraph(), AnnotationInstruction.of(c));
        } else if (change instanceof Change.DocumentationAdded c) {
            return one(documentation(c.number()), "Insert " + entry(c.entry()));
        } else if (change instanceof Change.DocumentationRemoved c) {
            return one(documentation(c.number()), "Delete " + entry(c.entry()));
        } else if (change instanceof Change.DocumentationChanged c) {
            return one(documentation(c.number()), "For " + entry(c.before()) + " read " + entry(c.after()));
        } else if (change instanceof Change.DetailChanged c) {
            return one(c.field().label(), replacement(c.oldValue(), c.newValue()));
        } else if (change instanceof Change.EntryAdded c) {
            return one(annex(c.meeting()), "Insert " + c.what());
        } else if (change instanceof Change.EntryRemoved c) {
            return one(annex(c.meeting()), "Delete " + c.what());
        } else if (change instanceof Change.EntryMoved c) {
            return List.of(new Instruction(annex(c.fromMeeting()), "Delete " + c.what()),
                    new Instruction(annex(c.toMeeting()), "Insert " + c.what()));
        } else if (change instanceof Change.NoteChanged c) {
            return one(annex(c.meeting()), replacement(c.oldText(), c.newText()));
        } else if (change instanceof Change.MeetingAdded c) {
            return one("Annex", "Insert a meeting on " + c.meeting());
        } else if (change instanceof Change.MeetingRemoved c) {
            return one("Annex", "Delete the meeting of " + c.meeting());
        } else if (change instanceof Change.MeetingRetimed c) {
            return one(annex(c.oldMeeting()), forRead(c.oldMeeting(), c.newMeeting()));
        }
        throw new IllegalArgumentException("A change no corrigendum instruction is written for: " + change);
    }

    private static List<Instruction> one(String location, String text) {
        return List.of(new Instruction(location, text));
    }

    /** "For “old” read “new”", or an insertion or deletion when one side is blank (a cleared field, a new note). */
    private static String replacement(String oldText, String newText) {
        if (oldText.isEmpty()) {
            return "Insert " + quoted(newText);
        }
        if (newText.isEmpty()) {
            return "Delete " + quoted(oldText);
        }
        return forRead(oldText, newText);
    }

    static String forRead(String oldText, String newText) {
        return "For " + quoted(oldText) + " read " + quoted(newText);
    }

    static String quoted(String text) {
        return "\u201c" + text + "\u201d";
    }

    private static String documentation(String number) {
        return "Item " + number + ", Documentation";
    }

    private static String annex(String meeting) {
        return "Annex, " + meeting;
    }

    /** "Report of the Secretariat (CTOC/COP/WG.4/2018/2)", quoted, as the Documentation list prints it. */
    private static String entry(DocumentationEntry entry) {
        String symbol = entry.symbol().isBlank() ? "" : " (" + entry.symbol() + ")";
        return quoted(entry.description() + symbol);
    }
}
