package org.agendum.importing.recognize;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.model.Distribution;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.Language;
import org.agendum.typography.DocumentLanguage;

/**
 * The masthead and the lines under it, up to the document's title (docs/un-format.md §4): "United Nations", the
 * symbol (its series letters sometimes printed apart, "TD"), the body's name, the distribution ("Distr.: General"),
 * the date of issue, the version's language and "Original: English", the language coverage ("English, French and
 * Spanish only"), then the meeting's name, the session line, the venue and dates, the agenda item line with the
 * item's title, and the title. The body's name is what stands before the distribution; the meeting's name what
 * stands after it. A line none of these fits is reported as not placed. "United Nations", the distribution and the
 * languages' names are read in any of the six languages' tables (a French masthead's "Distr. générale", "Original :
 * anglais"); dates and the item line in the version's ({@link VersionWording}).
 */
final class MastheadReader {
    private static final Pattern DISTRIBUTION = Pattern.compile(
            "(?i)distr\\.?\\s*:?\\s*(general|limited|restricted|g\u00E9n\u00E9rale|restreinte|limit\u00E9e"
                    + "|limitada|reservada)");
    /** "Original: English", "Original : anglais" (a no-break space before the colon), "Original: inglés". */
    private static final Pattern ORIGINAL = Pattern.compile("(?i)original[\\s\u00A0]*:[\\s\u00A0]*(\\p{L}+)");
    private static final String LANGUAGES = "(?:English|French|Spanish|Russian|Chinese|Arabic)";
    private static final Pattern COVERAGE = Pattern.compile(LANGUAGES + "(?:(?:, | and )" + LANGUAGES + ")* only");
    private static final Pattern SESSION = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?(?: (?:special|regular|resumed|organizational))? (?:session|meeting)"
                    + "(?: \\(resumed\\))?");
    private static final Pattern SERIES = Pattern.compile("[A-Z]{1,6}");
    private static final Pattern SYMBOL = Pattern.compile("[A-Z]{1,10}(?:/[A-Za-z0-9.\\-()]+){1,8}");

    private enum Slot { BODY, MEETING, AFTER_ITEM_LINE, REST }

    private MastheadReader() {
    }

    /** Where the title is among the first units, or -1. */
    static int titleIndex(List<Unit> units) {
        for (int i = 0; i < Math.min(units.size(), 80); i++) {
            if (!units.get(i).isTable() && TitleVariant.of(units.get(i).text()).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads the units before {@code end} (the title's index, which is read too, or where the list starts when there
     * is no title) into the draft.
     */
    static void read(List<Unit> units, int end, boolean endIsTitle, DetailsDraft draft, Reporter reporter) {
        // a Word masthead's cell holds several lines ("Distr.: General", the date, "Original: English")
        boolean hasDistribution = false;
        for (int i = 0; i < end; i++) {
            for (String line : units.get(i).isTable() ? new String[0] : units.get(i).lines()) {
                hasDistribution |= DISTRIBUTION.matcher(line.strip()).matches();
                if (draft.symbol == null && SYMBOL.matcher(line.strip()).matches()
                        && DocumentSymbol.isWellFormed(line.strip())) {
                    draft.symbol = line.strip();
                }
            }
        }
        State state = new State(hasDistribution ? Slot.BODY : Slot.MEETING, reporter.wording());
        for (int i = 0; i < end; i++) {
            Unit unit = units.get(i);
            if (reporter.isAccounted(unit) || unit.isTable()) {
                continue;
            }
            StringBuilder said = new StringBuilder();
            boolean placed = true;
            for (String line : unit.lines()) {
                if (line.isBlank()) {
                    continue;
                }
                String what = line(line.strip(), unit, draft, state);
                placed &= what != null;
                said.append(said.length() == 0 ? "" : "; ")
                        .append(what == null ? "Under the masthead, but none of its lines" : what);
            }
            if (said.length() == 0) {
                continue;
            }
            if (placed) {
                reporter.recognized(unit, said.toString());
            } else {
                reporter.notPlaced(unit, said.toString());
            }
        }
        if (state.itemLine != null) {
            draft.agendaItemNote = AsteriskNotes.of(state.itemLine, units, end, "The agenda item line's asterisk footnote",
                    reporter).orElse(null);
        }
        if (endIsTitle) {
            Unit titleUnit = units.get(end);
            draft.title = reporter.wording().title(TitleVariant.withoutAsterisks(titleUnit.text()));
            draft.titleVariant = TitleVariant.of(titleUnit.text()).orElseThrow();
            reporter.recognized(titleUnit, titleUnit.paragraph().footnotes().isEmpty() ? "The document's title"
                    : "The document's title, with its asterisk footnote");
            draft.titleNote = AsteriskNotes.of(titleUnit, units, end + 1, "The title's asterisk footnote", reporter)
                    .orElse(null);
        }
    }

    /** Where the reading is: which name an unclassified line gives, and whether it goes on the one before. */
    private static final class State {
        Slot slot;
        boolean afterName;
        /** The agenda item line, whose asterisk footnote may stand further on. */
        Unit itemLine;
        final VersionWording wording;

        State(Slot slot, VersionWording wording) {
            this.slot = slot;
            this.wording = wording;
        }
    }

    /** Reads one line into the draft; what it was, or null when it fits nothing. */
    private static String line(String text, Unit unit, DetailsDraft draft, State state) {
        boolean afterName = state.afterName;
        VersionWording wording = state.wording;
        state.afterName = false;
        Matcher m;
        Optional<Language> language = language(text);
        if (unitedNations(text)) {
            return "\u201CUnited Nations\u201D of the masthead";
        }
        if (text.equals(draft.symbol)) {
            return "The document's symbol";
        }
        if (SERIES.matcher(text).matches() && draft.symbol != null && draft.symbol.startsWith(text + "/")) {
            return "The symbol's series letters, printed apart";
        }
        if ((m = DISTRIBUTION.matcher(text)).matches()) {
            draft.distribution = distribution(m.group(1));
            state.slot = Slot.MEETING;
            return "The distribution: " + draft.distribution.label();
        }
        if ((m = ORIGINAL.matcher(text)).matches() && language(m.group(1)).isPresent()) {
            draft.originalLanguage = language(m.group(1)).get();
            return "The original language";
        }
        if (language.isPresent() && draft.originalLanguage == null) {
            draft.versionLanguage = language.get();
            return "The language of this version";
        }
        if (COVERAGE.matcher(text).matches()) {
            draft.languageCoverage = text;
            return "The language coverage";
        }
        Optional<LocalDate> date = draft.issueDate == null ? wording.issueDate(text) : Optional.empty();
        if (date.isPresent() && (state.slot == Slot.BODY || state.slot == Slot.MEETING && draft.distribution != null
                && draft.meetingName == null)) {
            draft.issueDate = date.get();
            return "The date of issue";
        }
        if (draft.sessionLine == null && SESSION.matcher(text).matches()) {
            draft.sessionLine = text;
            state.slot = Slot.REST;
            return "The session line";
        }
        Optional<String> itemLine = wording.itemLine(text);
        if (itemLine.isPresent()) {
            draft.agendaItemLine = itemLine.get();
            state.itemLine = unit;
            state.slot = Slot.AFTER_ITEM_LINE;
            return unit.paragraph().footnotes().isEmpty() ? "The agenda item line"
                    : "The agenda item line, with its asterisk footnote";
        }
        if (draft.startDate == null && venueLine(text, draft, wording)) {
            state.slot = state.slot == Slot.AFTER_ITEM_LINE ? state.slot : Slot.REST;
            return draft.venue.isEmpty() ? "The meeting's dates" : "The venue and the meeting's dates";
        }
        if (state.slot == Slot.AFTER_ITEM_LINE && draft.agendaItemTitle == null) {
            draft.agendaItemTitle = text;
            state.slot = Slot.REST;
            return "The agenda item's title under the item line";
        }
        if (state.slot == Slot.BODY) {
            draft.bodyName = draft.bodyName == null ? text : draft.bodyName + " " + text;
            return "The body's name";
        }
        if (state.slot == Slot.MEETING && (draft.meetingName == null || afterName)) {
            draft.meetingName = draft.meetingName == null ? text : draft.meetingName + " " + text;
            state.afterName = true;
            return "The meeting's name";
        }
        return null;
    }

    /** "Vienna, 2 and 3 July 2018", "13–31 May 2019", and a meeting's name run into the venue (a copy's layout). */
    private static boolean venueLine(String text, DetailsDraft draft, VersionWording wording) {
        Optional<VenueLine> venue = VenueLine.parse(text, wording);
        if (venue.isEmpty()) {
            return false;
        }
        draft.venue = venue.get().venue();
        draft.startDate = venue.get().dates().start();
        draft.endDate = venue.get().dates().end();
        if (!venue.get().before().isEmpty() && draft.meetingName == null) {
            draft.meetingName = venue.get().before();
        }
        return true;
    }

    private static Distribution distribution(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("limit")) {
            return Distribution.LIMITED;
        }
        return lower.startsWith("restr") || lower.startsWith("reserv") ? Distribution.RESTRICTED
                : Distribution.GENERAL;
    }

    /**
     * A language by its name in any case, as any of the six tables names it: in the original's line ("English",
     * "anglais", "inglés") or as a version's own line ("Français", "Español").
     */
    static Optional<Language> language(String word) {
        String name = word.strip();
        for (Language table : Language.values()) {
            DocumentLanguage names = DocumentLanguage.of(table.code());
            for (Language language : Language.values()) {
                if (names.label("masthead.language." + language.code()).equalsIgnoreCase(name)
                        || language == table && names.label("masthead.version").equalsIgnoreCase(name)) {
                    return Optional.of(language);
                }
            }
        }
        return Optional.empty();
    }

    /** "United Nations" in any of the six languages. */
    private static boolean unitedNations(String text) {
        for (Language language : Language.values()) {
            if (DocumentLanguage.of(language.code()).label("unitedNations").equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }
}
