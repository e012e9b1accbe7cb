package org.agendum.importing.recognize;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.Language;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.LanguageNumbering;
import org.agendum.typography.TemplateRegex;
import org.agendum.typography.UnDates;
import org.agendum.typography.UnTimes;

/**
 * What a version prints of its own, as the recognizer reads it back: the headings, "Documentation", the annex's
 * heading, title, column heads and "(continued)", the item line, dates, meeting times, references and the list's
 * punctuation, in the version's language from its table (docs/languages.md), and in English's forms too, which the
 * older and mixed documents an officer starts from use. English reads exactly as before issue 18.
 */
final class VersionWording {
    private static final Pattern LIST_HEADING = Pattern.compile("(?i)(?:(I)\\.\\s*)?provisional agenda");
    private static final Pattern ANNOTATIONS_HEADING = Pattern.compile(
            "(?i)(?:II\\.\\s*)?(?:annotations|annotations to the provisional agenda)");
    private static final Pattern DOCUMENTATION = Pattern.compile("(?i)documentation:?");
    private static final Pattern ANNEX = Pattern.compile("(?i)annex(?:\\s+[IVX]+)?\\*?");
    private static final Pattern ANNEX_TITLE = Pattern.compile(
            "(?i)(?:annex\\s*[:.\u2013-]?\\s*)?proposed organization of work");
    private static final Pattern ANNEX_HEADS = Pattern.compile(
            "(?i)date and time\\s+agenda item\\s+title or description");
    private static final Pattern CONTINUED = Pattern.compile("\\s*\\(continued\\)$");
    private static final Pattern ITEM_LINE = Pattern.compile(
            "(?i)(item \\d+(?: ?\\([a-z]+\\))* of the (?:provisional )?agenda)\\*?");
    private static final Pattern DAY = Pattern.compile(
            "^((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \\d{1,2} \\p{L}+)\\s*");
    private static final String CLOCK = "\\d{1,2}(?:[.:]\\d{2})?(?: ?[ap]\\.? ?m\\.?)?";
    private static final Pattern TIMES = Pattern.compile("^(" + CLOCK + "\\s?(?:[\u2013\u2014-]|to)\\s?(?:" + CLOCK
            + "|12 noon|noon|12 midnight|midnight))(?=\\s|$)\\s*");
    private static final Pattern REFERENCE = Pattern.compile("^(\\d{1,3}(?: ?\\([a-z]{1,4}\\))*)(?=\\s|$)\\s*");
    private static final String TITLE_KEYS = "title.annotatedProvisionalAgenda title.provisionalAgendaAndAnnotations"
            + " title.annotationsToTheProvisionalAgenda title.provisionalAgenda";

    /** Each language's wording, made once: its patterns are compiled from the table. */
    private static final Map<Language, VersionWording> OF = new EnumMap<>(Language.class);

    /** Something read at the start of an annex row, and where the row goes on. */
    record AtStart<T>(T value, int end) {
    }

    private final Language language;
    private final DocumentLanguage version;
    private final Pattern listHeading;
    private final Pattern annotationsHeading;
    private final Pattern documentation;
    private final Pattern annex;
    private final Pattern annexTitle;
    private final Pattern annexHeads;
    private final Pattern continued;
    private final String continuedAlone;
    private final AgendaPunctuation.Marks marks;
    private final Pattern labelAtStart;

    private VersionWording(Language language) {
        this.language = language;
        this.version = DocumentLanguage.of(language.code());
        LanguageNumbering numbering = version.numbering();
        this.listHeading = phrase("(?:(?<numbered>" + TemplateRegex.literal(numbering.chapter(1)) + ")"
                + TemplateRegex.SPACES + ")?" + literal("heading.provisionalAgenda"));
        this.annotationsHeading = phrase("(?:" + TemplateRegex.literal(numbering.chapter(2)) + TemplateRegex.SPACES
                + ")?(?:" + literal("heading.annotations") + "|" + literal("title.annotationsToTheProvisionalAgenda")
                + ")");
        this.documentation = phrase(literal("annotations.documentation") + "[:\uFF1A]?");
        this.annex = phrase(literal("annex.heading") + "(?:\\s+[IVX]+)?\\*?");
        this.annexTitle = phrase("(?:" + literal("annex.heading") + "\\s*[:.\u2013-]?\\s*)?" + literal("annex.title"));
        this.annexHeads = phrase(literal("annex.head.dateAndTime") + "\\s+" + literal("annex.head.agendaItem") + "\\s+"
                + literal("annex.head.titleOrDescription"));
        this.continuedAlone = (version.label("annex.continued.open") + version.label("annex.continued")
                + version.label("annex.continued.close")).strip();
        this.continued = phrase(TemplateRegex.literal(version.label("annex.continued.open")
                + version.label("annex.continued") + version.label("annex.continued.close")) + "$");
        this.labelAtStart = Pattern.compile("^(" + numbering.labelPattern().pattern() + ")(?:\\s+|$)");
        this.marks = new AgendaPunctuation.Marks(version.label("punctuation.colon"),
                version.label("punctuation.semicolon"), version.label("punctuation.fullStop"));
    }

    static synchronized VersionWording of(Language language) {
        return OF.computeIfAbsent(language, VersionWording::new);
    }

    Language language() {
        return language;
    }

    private boolean english() {
        return language == Language.ENGLISH;
    }

    private String literal(String key) {
        return TemplateRegex.literal(version.label(key));
    }

    private static Pattern phrase(String regex) {
        return TemplateRegex.compile(regex);
    }

    /** Whether the text is the heading over the list; present with whether it is numbered as a part ("I."). */
    Optional<Boolean> listHeading(String text) {
        Matcher m = LIST_HEADING.matcher(text);
        if (m.matches()) {
            return Optional.of(m.group(1) != null);
        }
        m = listHeading.matcher(text);
        return m.matches() ? Optional.of(m.group("numbered") != null) : Optional.empty();
    }

    boolean isAnnotationsHeading(String text) {
        return ANNOTATIONS_HEADING.matcher(text).matches() || annotationsHeading.matcher(text).matches();
    }

    boolean isDocumentation(String text) {
        return DOCUMENTATION.matcher(text).matches() || documentation.matcher(text).matches();
    }

    boolean isAnnex(String text) {
        return ANNEX.matcher(text).matches() || annex.matcher(text).matches();
    }

    boolean isAnnexTitle(String text) {
        return ANNEX_TITLE.matcher(text).matches() || annexTitle.matcher(text).matches();
    }

    boolean isAnnexHeads(String text) {
        return ANNEX_HEADS.matcher(text).matches() || annexHeads.matcher(text).matches();
    }

    /** An annex row's title without "(continued)", which the model derives. */
    String withoutContinued(String title) {
        return continued.matcher(CONTINUED.matcher(title).replaceFirst("")).replaceFirst("");
    }

    /** "(continued)" alone on a line: a row's, broken off. */
    boolean isContinuedAlone(String text) {
        return text.equals("(continued)") || text.equalsIgnoreCase(continuedAlone);
    }

    /** The item line in its English form ("Item 2 (a) of the provisional agenda"), the asterisk of its note left out. */
    Optional<String> itemLine(String text) {
        Matcher m = ITEM_LINE.matcher(text);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        return english() ? Optional.empty() : version.englishItemLine(TitleVariant.withoutAsterisks(text));
    }

    /** A title as the meeting keeps it: the version's standard title is Agendum's own, kept in English. */
    String title(String printed) {
        return english() ? printed : version.englishWording(printed, TITLE_KEYS.split(" "));
    }

    /** Whether the sentence is the version's standard one under an empty item ("Aucune annotation …"). */
    boolean isStandardSentence(String sentence) {
        return sentence.equals(DocumentLanguage.of("en").label("annotations.emptyItem"))
                || sentence.equals(version.label("annotations.emptyItem"));
    }

    /** The standard sentence as the meeting keeps it: Agendum's own in English, any other as printed. */
    String sentence(String printed) {
        return english() ? printed : version.englishWording(printed, "annotations.emptyItem");
    }

    /** The version's list punctuation. */
    AgendaPunctuation.Marks marks() {
        return marks;
    }

    /** The list's labels and references in the version's forms. */
    LanguageNumbering numbering() {
        return version.numbering();
    }

    /** A label at the start of a paragraph, as the group 1, followed by spaces or the end. */
    Pattern labelAtStart() {
        return labelAtStart;
    }

    /** The version's place-and-dates pattern, "{venue}, {dates}" or "{dates}，{venue}". */
    String placeAndDates() {
        return version.label("meeting.placeAndDates");
    }

    Optional<LocalDate> date(String text) {
        Optional<LocalDate> date = UnDates.parseDate(text);
        return date.isPresent() || english() ? date : version.dates().parseDate(text);
    }

    /** The date of issue: the masthead's dates (English in Russian, Chinese and Arabic versions), else the version's. */
    Optional<LocalDate> issueDate(String text) {
        Optional<LocalDate> date = date(text);
        return date.isPresent() ? date : version.mastheadDates().parseDate(text);
    }

    Optional<UnDates.DateRange> range(String text) {
        Optional<UnDates.DateRange> range = UnDates.parseRange(text);
        return range.isPresent() || english() ? range : version.dates().parseRange(text);
    }

    /** A day row at the start of an annex row: "Monday, 2 July", "Lundi 2 juillet", "7月2日，星期一". */
    Optional<AtStart<UnDates.WeekdayAndDate>> dayAt(String row) {
        Matcher m = DAY.matcher(row);
        if (m.find()) {
            Optional<UnDates.WeekdayAndDate> day = UnDates.parseWeekdayAndDate(m.group(1));
            if (day.isPresent()) {
                return Optional.of(new AtStart<>(day.get(), m.end()));
            }
        }
        if (english()) {
            return Optional.empty();
        }
        return atStart(version.dates().weekdayAndDayMonthPattern(), row)
                .flatMap(end -> version.dates().parseWeekdayAndDayMonth(row.substring(0, end))
                        .map(day -> new AtStart<>(day, skipSpaces(row, end))));
    }

    /** A meeting's times at the start of an annex row: "10 a.m.–1 p.m.", "10 heures-13 heures", "上午10时至下午1时". */
    Optional<AtStart<UnTimes.TimeRange>> timesAt(String row) {
        Matcher m = TIMES.matcher(row);
        if (m.find()) {
            Optional<UnTimes.TimeRange> times = UnTimes.parseRange(m.group(1));
            if (times.isPresent()) {
                return Optional.of(new AtStart<>(times.get(), m.end()));
            }
        }
        if (english()) {
            return Optional.empty();
        }
        return atStart(version.times().rangePattern(), row)
                .flatMap(end -> version.times().parseRange(row.substring(0, end))
                        .map(times -> new AtStart<>(times, skipSpaces(row, end))));
    }

    /** An item's reference at the start of an annex row, in its English form ("1 (a)", as the model cites it). */
    Optional<AtStart<String>> referenceAt(String row) {
        if (english()) {
            Matcher m = REFERENCE.matcher(row);
            return m.find() ? Optional.of(new AtStart<>(m.group(1).replaceAll(" ?\\(", " ("), m.end()))
                    : Optional.empty();
        }
        LanguageNumbering english = DocumentLanguage.of("en").numbering();
        return atStart(version.numbering().referencePattern(), row)
                .flatMap(end -> version.numbering().parseReference(row.substring(0, end))
                        .map(path -> new AtStart<>(english.reference(path), skipSpaces(row, end))));
    }

    /** Where a match of the pattern at the row's start ends, when a space or the row's end follows it. */
    private static Optional<Integer> atStart(Pattern pattern, String row) {
        Matcher m = pattern.matcher(row);
        if (!m.lookingAt() || m.end() == 0 || m.end() < row.length() && !Character.isWhitespace(row.charAt(m.end()))) {
            return Optional.empty();
        }
        return Optional.of(m.end());
    }

    private static int skipSpaces(String row, int from) {
        int at = from;
        while (at < row.length() && Character.isWhitespace(row.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The marks an entry of the list may end with, the version's and English's. */
    String listMarks() {
        return ".;:," + marks.colon() + marks.semicolon() + marks.fullStop();
    }
}
