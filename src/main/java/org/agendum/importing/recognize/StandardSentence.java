package org.agendum.importing.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.Inline;
import org.agendum.model.Paragraph;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * The form's standard sentence ("No annotation is provided under this item."), which a document prints under the
 * heading of an item with nothing to annotate (the sample's item 4; {@link EmptyAnnotations#STANDARD_SENTENCE}). Read
 * as an annotation it would give those items text they never had and the form {@link EmptyAnnotations#NO_HEADING}: so
 * an item's annotation that is one plain paragraph, with no Documentation and nothing under its sub-items, is the
 * form's sentence when it is the standard one (English's or the version's, kept as Agendum's own in English), or when it stands so under two items or more (a body's own wording).
 */
final class StandardSentence {
    private StandardSentence() {
    }

    /**
     * Takes the sentence off the items it stands alone under and says so in the report; the sentence, if one was
     * found.
     */
    static Optional<String> take(List<DraftItem> roots, Reporter reporter) {
        Map<String, List<DraftItem>> alone = new HashMap<>();
        collect(roots, alone);
        String sentence = null;
        for (Map.Entry<String, List<DraftItem>> entry : alone.entrySet()) {
            boolean standard = reporter.wording().isStandardSentence(entry.getKey());
            if (standard || entry.getValue().size() >= 2 && (sentence == null
                    || alone.get(sentence).size() < entry.getValue().size())) {
                sentence = entry.getKey();
                if (standard) {
                    break;
                }
            }
        }
        if (sentence == null) {
            return Optional.empty();
        }
        for (DraftItem item : alone.get(sentence)) {
            item.paragraphs.clear();
            reporter.reword(item.id(), "An annotation paragraph of item " + item.reference(), "The form's standard"
                    + " sentence under item " + item.reference() + ", which has nothing to annotate");
        }
        return Optional.of(reporter.wording().sentence(sentence));
    }

    /** The items whose only content is one plain paragraph, by its text; their sub-items are empty. */
    private static void collect(List<DraftItem> items, Map<String, List<DraftItem>> out) {
        for (DraftItem item : items) {
            Optional<String> text = onlyPlainParagraph(item);
            if (text.isPresent() && item.documentation.isEmpty() && item.children.stream().allMatch(StandardSentence::empty)) {
                out.computeIfAbsent(text.get(), k -> new ArrayList<>()).add(item);
            } else {
                collect(item.children, out);
            }
        }
    }

    private static Optional<String> onlyPlainParagraph(DraftItem item) {
        if (item.paragraphs.size() != 1 || item.paragraphs.get(0).level() != 0) {
            return Optional.empty();
        }
        Paragraph paragraph = item.paragraphs.get(0);
        StringBuilder text = new StringBuilder();
        for (Inline inline : paragraph.inlines()) {
            if (!(inline instanceof TextRun run) || !run.style().equals(TextStyle.PLAIN)) {
                return Optional.empty();
            }
            text.append(run.text());
        }
        return Optional.of(text.toString().strip());
    }

    private static boolean empty(DraftItem item) {
        return item.paragraphs.isEmpty() && item.documentation.isEmpty()
                && item.children.stream().allMatch(StandardSentence::empty);
    }
}
