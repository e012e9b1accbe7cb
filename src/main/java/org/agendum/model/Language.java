package org.agendum.model;

/** The six official languages, with the letter that follows the job number ("V.15-01966 (E)"). */
public enum Language {
    ENGLISH("English", 'E'),
    FRENCH("French", 'F'),
    SPANISH("Spanish", 'S'),
    RUSSIAN("Russian", 'R'),
    CHINESE("Chinese", 'C'),
    ARABIC("Arabic", 'A');

    private final String englishName;
    private final char jobLetter;

    Language(String englishName, char jobLetter) {
        this.englishName = englishName;
        this.jobLetter = jobLetter;
    }

    public String englishName() {
        return englishName;
    }

    public char jobLetter() {
        return jobLetter;
    }
}
