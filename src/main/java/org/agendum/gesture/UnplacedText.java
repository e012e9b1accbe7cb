package org.agendum.gesture;

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
import org.agendum.model.RichText;

/**
 * Text an import did not place, taken by the officer into the annotation of the selected item: one undoable step,
 * with its italics, bold, footnotes and the links the app allows. Whether a text is taken is read from the meeting,
 * not remembered, so that an undo gives it back to the report.
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
     * Adds {@code content}'s paragraphs at the end of the selected item's annotation.
     *
     * @return whether it was added
     */
    public boolean takeIntoSelected(RichText content) {
        ItemId id = selection.selectedItem();
        if (id == null || !stack.meeting().agenda().contains(id)) {
            told.accept("Select the agenda item the text belongs to first.");
            return false;
        }
        List<Paragraph> paragraphs = nonBlank(content).stream().map(ReceivedLinks::allowedOnly).toList();
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

    /** The texts of every annotation paragraph in the meeting, to tell which unplaced texts have been taken. */
    public static Set<String> annotationTexts(Meeting meeting) {
        Set<String> texts = new HashSet<>();
        collect(meeting.agenda().items(), texts);
        return texts;
    }

    /** Whether every paragraph of {@code content} is in an annotation ({@code texts}: {@link #annotationTexts}). */
    public static boolean isTaken(RichText content, Set<String> texts) {
        // by the text a reader sees: a link the app does not allow is dropped on the way in, the text stays
        List<Paragraph> paragraphs = nonBlank(content);
        return !paragraphs.isEmpty() && paragraphs.stream().allMatch(p -> texts.contains(p.plainText().strip()));
    }

    private static List<Paragraph> nonBlank(RichText content) {
        return content.paragraphs().stream().filter(p -> !p.isBlank()).toList();
    }

    private static void collect(List<AgendaItem> items, Set<String> texts) {
        for (AgendaItem item : items) {
            item.annotation().paragraphs().forEach(p -> texts.add(p.plainText().strip()));
            collect(item.subItems(), texts);
        }
    }
}
