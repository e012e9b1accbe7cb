package org.agendum.changes;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * An annotation cut into words as the changes compare it: runs of non-space characters (punctuation kept on its
 * word), a paragraph break (¶) between two paragraphs, each word with the style of each of its letters, and the
 * footnotes with the place they are called at (after how many of the words).
 */
final class AnnotationText {
    /** A footnote and where it is called: {@code at} words (and breaks) come before it, in {@code paragraph}. */
    record Footnote(FootnoteMark mark, int paragraph, int at) {
        String text() {
            return mark.plainText();
        }
    }

    /** The words and breaks, what java-diff-utils compares. */
    final List<String> words = new ArrayList<>();
    /** Per word, the style of each letter; an empty list for a break. */
    final List<List<TextStyle>> styles = new ArrayList<>();
    /** Per word, its paragraph (from 0). */
    final List<Integer> paragraphs = new ArrayList<>();
    final List<Footnote> footnotes = new ArrayList<>();

    AnnotationText(RichText text) {
        List<Paragraph> all = text.paragraphs();
        for (int p = 0; p < all.size(); p++) {
            if (p > 0) {
                add(Words.PARAGRAPH_BREAK, List.of(), p);
            }
            StringBuilder word = new StringBuilder();
            List<TextStyle> letters = new ArrayList<>();
            for (Inline inline : all.get(p).inlines()) {
                if (inline instanceof FootnoteMark mark) {
                    // a mark inside a word counts as after it: the word is the one it is called on
                    footnotes.add(new Footnote(mark, p, words.size() + (word.isEmpty() ? 0 : 1)));
                    continue;
                }
                TextRun run = (TextRun) inline;
                String chars = run.text();
                for (int i = 0; i < chars.length(); i++) {
                    char c = chars.charAt(i);
                    if (Character.isWhitespace(c)) {
                        if (!word.isEmpty()) {
                            add(word.toString(), letters, p);
                            word.setLength(0);
                            letters = new ArrayList<>();
                        }
                    } else {
                        word.append(c);
                        letters.add(run.style());
                    }
                }
            }
            if (!word.isEmpty()) {
                add(word.toString(), letters, p);
            }
        }
    }

    private void add(String word, List<TextStyle> letters, int paragraph) {
        words.add(word);
        styles.add(List.copyOf(letters));
        paragraphs.add(paragraph);
    }

    /** The paragraph (from 1) a word at {@code index} is in, or the last one's for the end. */
    int paragraphAt(int index) {
        if (words.isEmpty()) {
            return 1;
        }
        return paragraphs.get(Math.min(index, words.size() - 1)) + 1;
    }
}
