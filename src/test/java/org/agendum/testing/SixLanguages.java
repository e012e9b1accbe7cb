package org.agendum.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An agenda item's title in each of the six official languages of the United Nations, as officers type them: the
 * Arabic and Chinese scripts, Cyrillic, and Latin with the accents and punctuation of English, French and Spanish.
 */
public final class SixLanguages {
    public static final String ARABIC = "اعتماد جدول الأعمال وتنظيم الأعمال";
    public static final String CHINESE = "通过议程和工作安排";
    public static final String ENGLISH = "Adoption of the agenda and organization of work";
    public static final String FRENCH = "Adoption de l’ordre du jour et organisation des travaux";
    public static final String RUSSIAN = "Утверждение повестки дня и организация работы";
    public static final String SPANISH = "Aprobación del programa y organización de los trabajos";

    public static final List<String> TITLES = List.of(ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH);

    private SixLanguages() {
    }

    /** The words of the six titles (Chinese, written without spaces, as short phrases). */
    public static List<String> words() {
        List<String> out = new ArrayList<>();
        for (String title : TITLES) {
            out.addAll(List.of(title.split(" ")));
        }
        out.addAll(List.of("通过", "议程", "工作", "安排"));
        return List.copyOf(out);
    }

    /** A text of exactly {@code length} characters of these words in a random order (fixed by {@code seed}). */
    public static String text(int length, long seed) {
        Random random = new Random(seed);
        List<String> words = words();
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(words.get(random.nextInt(words.size()))).append(' ');
        }
        out.setLength(length);
        if (out.charAt(length - 1) == ' ') {
            out.setCharAt(length - 1, 'x'); // no space at the end, which the export would not show
        }
        return out.toString();
    }
}
