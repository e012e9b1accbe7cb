package org.agendum.importing.recognize;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agendum.model.Language;
import org.agendum.typography.DocumentLanguage;

/**
 * Which language a document is a version in, from what it prints of its own, the surest clue first: the masthead's
 * line naming the version ("Français", "Russian"); the title ("Ordre du jour provisoire annoté"); "United Nations" in
 * the language; a heading only that language prints ("Documentación", "Приложение"); else the script most of its
 * letters are in (Cyrillic, Chinese or Arabic; French and Spanish share English's). Read before the rest, since
 * labels, dates and times are read in that language.
 */
final class LanguageClues {
    /** The units the masthead and the title fall among. */
    private static final int MASTHEAD_UNITS = 80;
    private static final String[] HEADINGS = {"heading.provisionalAgenda", "heading.annotations",
        "annotations.documentation", "annex.heading", "annex.title"};
    private static final Map<UnicodeScript, Language> SCRIPTS = Map.of(UnicodeScript.CYRILLIC, Language.RUSSIAN,
            UnicodeScript.HAN, Language.CHINESE, UnicodeScript.ARABIC, Language.ARABIC);

    /**
     * A language found, and why.
     *
     * @param fromMasthead whether the masthead names it (the masthead's reading then says so; nothing is guessed)
     */
    record Clue(Language language, String why, boolean fromMasthead) {
    }

    private LanguageClues() {
    }

    /** The document's language and why; empty when nothing says (the version is then English, as before). */
    static Optional<Clue> of(List<Unit> units) {
        int title = MastheadReader.titleIndex(units);
        List<Unit> top = units.subList(0, title >= 0 ? title : Math.min(units.size(), MASTHEAD_UNITS));
        for (Unit unit : top) {
            for (String line : unit.isTable() ? new String[0] : unit.lines()) {
                Optional<Language> named = versionLine(line.strip());
                if (named.isPresent()) {
                    return Optional.of(new Clue(named.get(), "the masthead names it", true));
                }
            }
        }
        if (title >= 0) {
            TitleVariant.Read read = TitleVariant.read(units.get(title).text()).orElseThrow();
            return Optional.of(new Clue(read.language(), "the title, \u201C" + units.get(title).text() + "\u201D, is "
                    + read.language().englishName(), false));
        }
        for (Unit unit : units.subList(0, Math.min(units.size(), MASTHEAD_UNITS))) {
            Optional<Clue> heading = heading(unit);
            if (heading.isPresent()) {
                return heading;
            }
        }
        return script(units);
    }

    /** The line of a version's masthead that names its language ("Français", "Español", "Russian"). */
    private static Optional<Language> versionLine(String line) {
        for (Language language : Language.values()) {
            if (language != Language.ENGLISH
                    && DocumentLanguage.of(language.code()).label("masthead.version").equalsIgnoreCase(line)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** "United Nations" or a heading as only one language prints it. */
    private static Optional<Clue> heading(Unit unit) {
        if (unit.isTable()) {
            return Optional.empty();
        }
        String text = unit.text().toLowerCase(Locale.ROOT);
        DocumentLanguage english = DocumentLanguage.of(Language.ENGLISH.code());
        for (Language language : Language.values()) {
            DocumentLanguage table = DocumentLanguage.of(language.code());
            if (language != Language.ENGLISH && table.label("unitedNations").equalsIgnoreCase(text)) {
                return Optional.of(new Clue(language, "the masthead prints \u201C" + unit.text() + "\u201D", false));
            }
            for (String key : HEADINGS) {
                String heading = table.label(key).toLowerCase(Locale.ROOT);
                if (heading.equals(text) && !heading.equalsIgnoreCase(english.label(key))) {
                    return Optional.of(new Clue(language, "a heading, \u201C" + unit.text() + "\u201D, is "
                            + language.englishName(), false));
                }
            }
        }
        return Optional.empty();
    }

    /** The script of most of the document's letters, when it is one only one language writes in. */
    private static Optional<Clue> script(List<Unit> units) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        for (Unit unit : units) {
            unit.text().codePoints().filter(Character::isLetter)
                    .forEach(c -> counts.merge(UnicodeScript.of(c), 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(most -> SCRIPTS.containsKey(most.getKey()))
                .map(most -> new Clue(SCRIPTS.get(most.getKey()), "most of its letters are in "
                        + SCRIPTS.get(most.getKey()).englishName() + " script", false));
    }
}
