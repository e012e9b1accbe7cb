package org.agendum.typography;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a document version is printed in: everything the export writes of its own ("United Nations", the
 * masthead's labels, the headings, "Documentation", the annex's heads, dates, times, numbers, the list's
 * punctuation) from that language's {@link LanguageTable}. Read once per language and kept: an export asks for
 * labels of every item and must not read a file for them.
 */
public final class DocumentLanguage {
    public static final String ENGLISH = "en";
    private static final Map<String, DocumentLanguage> LOADED = new ConcurrentHashMap<>();
    /** "2" or "2 (a)", as the English item line cites an item. */
    private static final Pattern ITEM_REFERENCE = Pattern.compile("(\\d{1,4})(?: \\(([a-z])\\))?");

    private final LanguageTable table;
    private final LanguageDates dates;
    private final LanguageTimes times;
    private final LanguageNumbering numbering;
    private final QuoteMarks quoteMarks;

    private DocumentLanguage(LanguageTable table) {
        this.table = table;
        this.quoteMarks = QuoteMarks.of(table);
        this.dates = new LanguageDates(table);
        this.times = new LanguageTimes(table);
        this.numbering = new LanguageNumbering(table);
    }

    /**
     * The language of {@code code}, one of {@link LanguageTable#CODES}.
     *
     * @throws IllegalArgumentException for another code
     */
    public static DocumentLanguage of(String code) {
        Objects.requireNonNull(code, "code");
        return LOADED.computeIfAbsent(code, c -> new DocumentLanguage(LanguageTable.load(c)));
    }

    public String code() {
        return table.code();
    }

    public LanguageTable table() {
        return table;
    }

    /** A label of the table, e.g. "annotations.documentation". */
    public String label(String key) {
        return table.get(key);
    }

    /**
     * "Vienna, 2 and 3 July 2018", or the dates alone without a venue; dates in the wrong order are shown as given
     * rather than refused. The order of place and dates is the language's ("2015年6月1日至5日，维也纳").
     */
    public String placeAndDates(String venue, java.time.LocalDate start, java.time.LocalDate end) {
        String range = end.isBefore(start) ? dates.asTyped(start, end) : dates.range(start, end);
        return venue.isEmpty() ? range : LanguageTable.fill(label("meeting.placeAndDates"), "venue", venue, "dates", range);
    }

    public LanguageDates dates() {
        return dates;
    }

    public LanguageTimes times() {
        return times;
    }

    public LanguageNumbering numbering() {
        return numbering;
    }

    /** The quotation marks a straight quote typed in this language becomes. */
    public QuoteMarks quoteMarks() {
        return quoteMarks;
    }

    /** The dates the masthead's date of issue takes: Russian, Chinese and Arabic versions print it in English. */
    public LanguageDates mastheadDates() {
        return of(table.get("masthead.dates")).dates;
    }

    /**
     * What Agendum proposes in English and the officer left as it was, in this language: {@code typed} is the
     * English table's value of one of {@code keys} (a standard title, the standard sentence) and becomes this
     * table's value of that key; any other text is the officer's own and is kept.
     */
    public String ownWording(String typed, String... keys) {
        String stripped = typed.strip();
        LanguageTable english = of(ENGLISH).table;
        for (String key : keys) {
            if (english.get(key).equals(stripped)) {
                return table.get(key);
            }
        }
        return typed;
    }

    /**
     * The line "Item 2 (a) of the provisional agenda" in this language ("Point 2 a) de l’ordre du jour provisoire",
     * "临时议程项目2(a)") when it is the English line with an item's number; any other text is kept.
     */
    public String agendaItemLine(String typed) {
        String stripped = typed.strip();
        String[] english = of(ENGLISH).table.get("title.agendaItemLine").split("\\{x}", -1);
        if (english.length != 2 || !stripped.startsWith(english[0]) || !stripped.endsWith(english[1])
                || stripped.length() <= english[0].length() + english[1].length()) {
            return typed;
        }
        String cited = stripped.substring(english[0].length(), stripped.length() - english[1].length());
        Matcher reference = ITEM_REFERENCE.matcher(cited);
        if (reference.matches()) {
            cited = reference.group(2) == null ? numbering.reference(List.of(Integer.parseInt(reference.group(1))))
                    : numbering.reference(List.of(Integer.parseInt(reference.group(1)),
                            reference.group(2).charAt(0) - 'a' + 1));
        }
        return LanguageTable.fill(table.get("title.agendaItemLine"), "x", cited);
    }

    /**
     * The inverse of {@link #ownWording}, for the import: {@code printed} is this table's value of one of {@code keys}
     * (the first that fits) and becomes the English one Agendum proposes; any other text is the officer's own and is
     * kept.
     */
    public String englishWording(String printed, String... keys) {
        String stripped = printed.strip();
        LanguageTable english = of(ENGLISH).table;
        for (String key : keys) {
            if (table.get(key).equals(stripped)) {
                return english.get(key);
            }
        }
        return printed;
    }

    /**
     * The inverse of {@link #agendaItemLine}, for the import: "Point 2 a) de l’ordre du jour provisoire" or
     * "临时议程项目2(a)" as the English line "Item 2 (a) of the provisional agenda"; empty for a line of another form.
     */
    public Optional<String> englishItemLine(String printed) {
        Matcher line = itemLine().matcher(printed.strip());
        if (!line.matches()) {
            return Optional.empty();
        }
        return numbering.parseReference(line.group("x")).filter(path -> path.size() <= 2)
                .map(path -> LanguageTable.fill(of(ENGLISH).table.get("title.agendaItemLine"), "x",
                        of(ENGLISH).numbering.reference(path)));
    }

    /** The item line of this language, the item's reference as the group "x". */
    private Pattern itemLine() {
        return TemplateRegex.compile(TemplateRegex.of(table.get("title.agendaItemLine"),
                Map.of("x", numbering.referencePattern().pattern())));
    }
}
