package org.agendum.corrigendum;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.agendum.changes.Change;
import org.agendum.model.AgendaItem;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;

/**
 * Which sentence of its paragraph an annotation's change is in, as the UN's corrigenda place a correction
 * ("Paragraph 3, second sentence"): the change's words with their context found again in the current paragraph, and
 * the sentence ends before them counted. A word ending in a full stop, question or exclamation mark ends a sentence
 * when the next word starts with a capital ("10 a.m. on Monday" goes on); a Chinese 。？！ always does. Only for a
 * paragraph of two sentences or more, and a change within one sentence; otherwise the paragraph alone places it.
 */
final class SentencePlace {
    private static final Pattern LATIN_END = Pattern.compile(".*[.?!][”’\"')\\]»]*");
    private static final Pattern CJK_END = Pattern.compile("[。？！]");

    private SentencePlace() {
    }

    /**
     * @param version the current version, whose paragraph numbers the change gives
     * @param words   the change's inserted words with their context as they stand in it (for a deletion, the context
     *                around the place the words were)
     * @return the sentence's ordinal from 1
     */
    static Optional<Integer> of(Change.AnnotationChanged change, Meeting version, List<String> words) {
        Optional<AgendaItem> item = version.agenda().find(change.item());
        if (item.isEmpty()) {
            return Optional.empty();
        }
        List<Paragraph> paragraphs = item.get().annotation().paragraphs();
        if (change.paragraph() < 1 || change.paragraph() > paragraphs.size()) {
            return Optional.empty();
        }
        List<String> all = List.of(paragraphs.get(change.paragraph() - 1).plainText().strip().split("\\s+"));
        int[] sentence = sentences(all);
        int at = indexOf(all, words);
        if (at < 0 || sentence[all.size() - 1] < 2) {
            return Optional.empty();
        }
        int first = at + change.before().size();
        int last = first + change.inserted().size() - 1;
        if (change.inserted().isEmpty()) {
            // a deletion: the sentence of the word before the gap, unless that word ended its sentence
            boolean afterAnEnd = first == 0 || sentence[first - 1] != sentence[Math.min(first, all.size() - 1)];
            int near = afterAnEnd && first < all.size() ? first : first - 1;
            return Optional.of(sentence[near]);
        }
        for (int i = first; i <= last; i++) {
            if (innerEnds(all.get(i)) > 0) {
                return Optional.empty();
            }
        }
        return sentence[first] == sentence[last] ? Optional.of(sentence[first]) : Optional.empty();
    }

    /** Each word's sentence, from 1. */
    private static int[] sentences(List<String> words) {
        int[] sentence = new int[words.size()];
        int current = 1;
        for (int i = 0; i < words.size(); i++) {
            current += innerEnds(words.get(i));
            sentence[i] = current;
            if (endsSentence(words, i)) {
                current++;
            }
        }
        return sentence;
    }

    private static boolean endsSentence(List<String> words, int i) {
        String word = words.get(i);
        if (CJK_END.matcher(word.substring(word.length() - 1)).matches()) {
            return i + 1 < words.size();
        }
        return i + 1 < words.size() && LATIN_END.matcher(word).matches() && startsWithCapital(words.get(i + 1));
    }

    /** The Chinese sentence ends inside a word (a paragraph written without spaces is one word). */
    private static int innerEnds(String word) {
        int count = 0;
        for (int i = 0; i < word.length() - 1; i++) {
            if (CJK_END.matcher(word.substring(i, i + 1)).matches()) {
                count++;
            }
        }
        return count;
    }

    private static boolean startsWithCapital(String word) {
        return word.codePoints().filter(Character::isLetterOrDigit).findFirst().stream()
                .anyMatch(Character::isUpperCase);
    }

    /** Where {@code words} stand in {@code all} in a row, the first time; -1 when they do not. */
    private static int indexOf(List<String> all, List<String> words) {
        if (words.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + words.size() <= all.size(); i++) {
            if (all.subList(i, i + words.size()).equals(words)) {
                return i;
            }
        }
        return -1;
    }
}
