package org.agendum.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.agendum.model.FootnoteMark;
import org.agendum.model.ItemId;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextStyle;

/**
 * What changed in an item's annotation: its words ({@link AnnotationWords}), then what the words alone do not show,
 * since an officer who corrects only these would otherwise see no change: a paragraph's subparagraph level, the
 * formatting of words that stayed (bold, italic, underline, superscript, a link or its address), and the footnotes
 * (added, removed, their text changed, or called at another place).
 */
final class AnnotationChanges {
    private AnnotationChanges() {
    }

    /**
     * @param oldFirst the number of the annotation's first footnote in the earlier version (they run through the
     *                 document)
     * @param newFirst the same in the current version
     */
    static List<Change> between(ItemId item, String number, int oldFirst, int newFirst, RichText old,
            RichText current) {
        if (old.equals(current)) {
            return List.of();
        }
        AnnotationText was = new AnnotationText(old);
        AnnotationText now = new AnnotationText(current);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(was.words, now.words).getDeltas();
        int[] kept = Matching.kept(was.words.size(), deltas);
        List<Change> out = new ArrayList<>(AnnotationWords.changes(item, number, now.words, deltas));
        out.addAll(levels(item, number, old, current));
        out.addAll(formatting(item, number, was, now, kept));
        out.addAll(footnotes(item, number, oldFirst, newFirst, was, now, kept));
        return out;
    }

    /**
     * Paragraphs at another level. Paragraphs are paired by their words (the same words, or replaced in the same
     * place); only a paragraph's own level counts, not a label that changed because a neighbour's did.
     */
    private static List<Change> levels(ItemId item, String number, RichText old, RichText current) {
        List<String> was = old.paragraphs().stream().map(AnnotationChanges::key).toList();
        List<String> now = current.paragraphs().stream().map(AnnotationChanges::key).toList();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(was, now).getDeltas();
        int[] pairs = Matching.kept(was.size(), deltas);
        for (AbstractDelta<String> delta : deltas) {
            int paired = Math.min(delta.getSource().size(), delta.getTarget().size());
            for (int i = 0; i < paired; i++) {
                pairs[delta.getSource().getPosition() + i] = delta.getTarget().getPosition() + i;
            }
        }
        List<String> oldLabels = old.subparagraphLabels();
        List<String> newLabels = current.subparagraphLabels();
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) { // the pairs keep the paragraphs' order: out is in reading order
            int j = pairs[i];
            if (j >= 0 && old.paragraphs().get(i).level() != current.paragraphs().get(j).level()) {
                out.add(new Change.SubparagraphChanged(item, number, j + 1, oldLabels.get(i), newLabels.get(j)));
            }
        }
        return out;
    }

    private static String key(Paragraph paragraph) {
        return String.join(" ", paragraph.plainText().strip().split("\\s+"));
    }

    /** Words kept whose letters are styled otherwise, each run of them in a paragraph as one change. */
    private static List<Change> formatting(ItemId item, String number, AnnotationText was, AnnotationText now,
            int[] kept) {
        List<Change> out = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= kept.length; i++) {
            boolean differs = i < kept.length && kept[i] >= 0 && !was.styles.get(i).equals(now.styles.get(kept[i]));
            boolean continues = differs && !run.isEmpty() && kept[i] == kept[run.get(run.size() - 1)] + 1;
            if (!run.isEmpty() && !continues) {
                out.add(formattingChange(item, number, was, now, kept, run));
                run = new ArrayList<>();
            }
            if (differs) {
                run.add(i);
            }
        }
        return out;
    }

    private static Change formattingChange(ItemId item, String number, AnnotationText was, AnnotationText now,
            int[] kept, List<Integer> run) {
        List<String> words = new ArrayList<>();
        List<TextStyle> before = new ArrayList<>();
        List<TextStyle> after = new ArrayList<>();
        for (int i : run) {
            words.add(now.words.get(kept[i]));
            before.addAll(was.styles.get(i));
            after.addAll(now.styles.get(kept[i]));
        }
        return new Change.FormattingChanged(item, number, now.paragraphAt(kept[run.get(0)]), words, how(before, after));
    }

    /** "now bold", "no longer italic", "now a link to “…”", "link “…” → “…”", joined with commas. */
    static String how(List<TextStyle> before, List<TextStyle> after) {
        List<String> out = new ArrayList<>();
        flag(out, "bold", TextStyle::bold, before, after);
        flag(out, "italic", TextStyle::italic, before, after);
        flag(out, "underlined", TextStyle::underline, before, after);
        flag(out, "superscript", TextStyle::superscript, before, after);
        Set<String> oldLinks = links(before);
        Set<String> newLinks = links(after);
        List<String> oldEach = before.stream().map(TextStyle::link).toList();
        List<String> newEach = after.stream().map(TextStyle::link).toList();
        if (oldLinks.isEmpty() && !newLinks.isEmpty()) {
            out.add("now a link to " + quotedAll(newLinks));
        } else if (!oldLinks.isEmpty() && newLinks.isEmpty()) {
            out.add("no longer a link to " + quotedAll(oldLinks));
        } else if (!oldLinks.equals(newLinks)) {
            out.add("link " + quotedAll(oldLinks) + " \u2192 " + quotedAll(newLinks));
        } else if (!oldEach.equals(newEach)) {
            out.add("link on other letters");
        }
        return out.isEmpty() ? "formatting changed" : String.join(", ", out);
    }

    private static void flag(List<String> out, String name, Predicate<TextStyle> has, List<TextStyle> before,
            List<TextStyle> after) {
        boolean wasAny = before.stream().anyMatch(has);
        boolean isAny = after.stream().anyMatch(has);
        if (!wasAny && isAny) {
            out.add("now " + name);
        } else if (wasAny && !isAny) {
            out.add("no longer " + name);
        } else if (!before.stream().map(has::test).toList().equals(after.stream().map(has::test).toList())) {
            out.add(name + " on other letters");
        }
    }

    private static Set<String> links(List<TextStyle> styles) {
        Set<String> out = new LinkedHashSet<>();
        styles.forEach(style -> {
            if (style.isLink()) {
                out.add(style.link());
            }
        });
        return out;
    }

    private static String quotedAll(Set<String> texts) {
        return String.join(", ", texts.stream().map(Words::quoted).toList());
    }

    /**
     * The footnotes compared in order by their text (with its formatting): one replaced in its place changed, the
     * others added or removed; one kept but called after other words (words that stayed) moved.
     */
    private static List<Change> footnotes(ItemId item, String number, int oldFirst, int newFirst, AnnotationText was,
            AnnotationText now, int[] keptWords) {
        List<FootnoteMark> oldMarks = was.footnotes.stream().map(AnnotationText.Footnote::mark).toList();
        List<FootnoteMark> newMarks = now.footnotes.stream().map(AnnotationText.Footnote::mark).toList();
        List<Change> out = new ArrayList<>();
        if (oldMarks.isEmpty() && newMarks.isEmpty()) {
            return out;
        }
        List<AbstractDelta<FootnoteMark>> deltas = DiffUtils.diff(oldMarks, newMarks).getDeltas();
        int[] kept = Matching.kept(oldMarks.size(), deltas);
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] < 0) {
                continue;
            }
            AnnotationText.Footnote before = was.footnotes.get(i);
            AnnotationText.Footnote after = now.footnotes.get(kept[i]);
            int place = place(before.at(), keptWords);
            if (place >= 0 && place != after.at()) {
                out.add(new Change.FootnoteMoved(item, number, after.paragraph() + 1, newFirst + kept[i],
                        wordsBefore(now, after)));
            }
        }
        for (AbstractDelta<FootnoteMark> delta : deltas) {
            int from = delta.getSource().getPosition();
            int to = delta.getTarget().getPosition();
            int paired = Math.min(delta.getSource().size(), delta.getTarget().size());
            for (int i = 0; i < paired; i++) {
                AnnotationText.Footnote after = now.footnotes.get(to + i);
                out.add(new Change.FootnoteChanged(item, number, after.paragraph() + 1, newFirst + to + i,
                        was.footnotes.get(from + i).text(), after.text()));
            }
            for (int i = paired; i < delta.getSource().size(); i++) {
                out.add(new Change.FootnoteRemoved(item, number, oldFirst + from + i, was.footnotes.get(from + i).text()));
            }
            for (int i = paired; i < delta.getTarget().size(); i++) {
                AnnotationText.Footnote after = now.footnotes.get(to + i);
                out.add(new Change.FootnoteAdded(item, number, after.paragraph() + 1, newFirst + to + i, after.text()));
            }
        }
        return out;
    }

    /**
     * Where a footnote called after {@code at} words of the earlier text is called in the current one if it stayed
     * with the word before it; -1 when that word did not stay (then the words' change is the one to read).
     */
    private static int place(int at, int[] keptWords) {
        if (at == 0) {
            return 0;
        }
        int word = keptWords[at - 1];
        return word < 0 ? -1 : word + 1;
    }

    /** Up to a few words before a footnote's call, in its paragraph. */
    private static List<String> wordsBefore(AnnotationText text, AnnotationText.Footnote footnote) {
        int from = footnote.at();
        while (from > 0 && footnote.at() - from < AnnotationWords.CONTEXT
                && !text.words.get(from - 1).equals(Words.PARAGRAPH_BREAK)) {
            from--;
        }
        return text.words.subList(from, footnote.at());
    }
}
