package org.agendum.model;

import java.util.Optional;

/**
 * The six official languages, with the letter that follows the job number ("V.15-01966 (E)") and the two-letter
 * code (ISO 639-1) that names the table of what a version in the language prints of its own.
 */
public enum Language {
    ENGLISH("English", 'E', "en"),
    FRENCH("French", 'F', "fr"),
    SPANISH("Spanish", 'S', "es"),
    RUSSIAN("Russian", 'R', "ru"),
    CHINESE("Chinese", 'C', "zh"),
    ARABIC("Arabic", 'A', "ar");

    private final String englishName;
    private final char jobLetter;
    private final String code;

    Language(String englishName, char jobLetter, String code) {
        this.englishName = englishName;
        this.jobLetter = jobLetter;
        this.code = code;
    }

    /** "en", "fr", "es", "ru", "zh", "ar". */
    public String code() {
        return code;
    }

    /** The language of a two-letter code, as the command line's --language takes it; empty for another. */
    public static Optional<Language> ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public String englishName() {
        return englishName;
    }

    public char jobLetter() {
        return jobLetter;
    }
}
