package org.agendum.trackedchanges;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.agendum.model.AgendaItem;
import org.agendum.model.Inline;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * A word of an annotation made bold, italic, underlined or raised, or no longer so, as the annotation editor's
 * buttons do: the text stays, only its format changes ({@code edit.RandomEdits} changes texts, not formats).
 */
final class Restyling {
    private static final Pattern CHUNKS = Pattern.compile("\\s+|\\S+");

    record Step(int item, int paragraph, int word, int style) {
    }

    private Restyling() {
    }

    static Arbitrary<List<Step>> scripts() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(any, any, any, any).as(Step::new).list().ofMaxSize(6);
    }

    static Meeting apply(Meeting meeting, List<Step> script) {
        Meeting result = meeting;
        for (Step step : script) {
            result = apply(result, step);
        }
        return result;
    }

    static Meeting apply(Meeting meeting, Step step) {
        List<AgendaItem> annotated = meeting.agenda().allItems().stream()
                .filter(item -> !item.annotation().isEmpty()).toList();
        if (annotated.isEmpty()) {
            return meeting;
        }
        AgendaItem item = annotated.get(step.item % annotated.size());
        List<Paragraph> paragraphs = new ArrayList<>(item.annotation().paragraphs());
        int at = step.paragraph % paragraphs.size();
        paragraphs.set(at, restyled(paragraphs.get(at), step));
        RichText annotation = new RichText(paragraphs);
        return meeting.withAgenda(meeting.agenda().replace(item.id(), i -> i.withAnnotation(annotation)));
    }

    /** The paragraph with one of its words (not a space) in the other state of one style. */
    private static Paragraph restyled(Paragraph paragraph, Step step) {
        List<Inline> pieces = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        for (Inline inline : paragraph.inlines()) {
            if (inline instanceof TextRun run) {
                Matcher chunks = CHUNKS.matcher(run.text());
                while (chunks.find()) {
                    if (!chunks.group().isBlank()) {
                        words.add(pieces.size());
                    }
                    pieces.add(new TextRun(chunks.group(), run.style()));
                }
            } else {
                pieces.add(inline);
            }
        }
        if (words.isEmpty()) {
            return paragraph;
        }
        int at = words.get(step.word % words.size());
        TextRun word = (TextRun) pieces.get(at);
        TextStyle style = word.style();
        style = switch (step.style % 4) {
            case 0 -> style.withBold(!style.bold());
            case 1 -> style.withItalic(!style.italic());
            case 2 -> style.withUnderline(!style.underline());
            default -> style.withSuperscript(!style.superscript());
        };
        pieces.set(at, new TextRun(word.text(), style));
        return new Paragraph(paragraph.level(), pieces);
    }
}
