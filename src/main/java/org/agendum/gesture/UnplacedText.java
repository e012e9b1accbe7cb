package org.agendum.gesture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.agendum.edit.AppendToAnnotation;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditRejectedException;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;

/**
 * Text an import did not place, taken by the officer into the annotation of the selected item: one undoable step.
 * Whether a text is taken is read from the meeting, not remembered, so that an undo gives it back to the report.
 */
public final class UnplacedText {
    private final CommandStack stack;
    private final ItemSelection selection;
    private final Consumer<String> told;

    /** @param told where a refusal or what was done is said (the status bar) */
    public UnplacedText(CommandStack stack, ItemSelection selection, Consumer<String> told) {
        this.stack = stack;
        this.selection = selection;
        this.told = told;
    }

    /**
     * Adds {@code text} (its lines as paragraphs) at the end of the selected item's annotation.
     *
     * @return whether it was added
     */
    public boolean takeIntoSelected(String text) {
        ItemId id = selection.selectedItem();
        if (id == null || !stack.meeting().agenda().contains(id)) {
            told.accept("Select the agenda item the text belongs to first.");
            return false;
        }
        List<Paragraph> paragraphs = paragraphs(text);
        if (paragraphs.isEmpty()) {
            told.accept("The text is empty: there is nothing to add.");
            return false;
        }
        try {
            stack.execute(new AppendToAnnotation(id, paragraphs));
        } catch (EditRejectedException e) {
            told.accept(e.getMessage());
            return false;
        }
        told.accept("Added to the annotation of the selected item. Undo (Ctrl+Z) takes it back.");
        return true;
    }

    /** The text's non-blank lines as body paragraphs, their spaces as they were. */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(Paragraph.body(line.strip()));
            }
        }
        return out;
    }

    /** The texts of every annotation paragraph in the meeting, to tell which unplaced texts have been taken. */
    public static Set<String> annotationTexts(Meeting meeting) {
        Set<String> texts = new HashSet<>();
        collect(meeting.agenda().items(), texts);
        return texts;
    }

    /** Whether every paragraph of {@code text} is in an annotation ({@code texts}: {@link #annotationTexts}). */
    public static boolean isTaken(String text, Set<String> texts) {
        List<Paragraph> paragraphs = paragraphs(text);
        return !paragraphs.isEmpty() && paragraphs.stream().allMatch(p -> texts.contains(p.plainText()));
    }

    private static void collect(List<AgendaItem> items, Set<String> texts) {
        for (AgendaItem item : items) {
            item.annotation().paragraphs().forEach(p -> texts.add(p.plainText().strip()));
            collect(item.subItems(), texts);
        }
    }
}
