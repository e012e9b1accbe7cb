package org.agendum.file;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.Distribution;
import org.agendum.model.DocumentForm;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.EntryId;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemMark;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.ListEnd;
import org.agendum.model.Masthead;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingInfo;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.Processing;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.model.TitleBlock;

/**
 * Builds the model from the records Jackson filled, checking what JSON types cannot say: required fields,
 * dates, times, codes, ids and their uniqueness, nesting depth, paragraph levels, and the either-or shapes
 * (text or footnote, item or note). Each error names its place as a {@link JsonPath}; line numbers are gone
 * by now, the path is precise. Entries whose item is not in the agenda load as they are: validation reports
 * them, and loading must never drop the officer's work.
 */
final class ModelMapper {
    private final String source;
    private final JsonLocator locator;
    private final Map<String, JsonPath> itemIds = new HashMap<>();
    private final Map<String, JsonPath> slotIds = new HashMap<>();
    private final Map<String, JsonPath> entryIds = new HashMap<>();

    private ModelMapper(String source, JsonLocator locator) {
        this.source = source;
        this.locator = locator;
    }

    /** @param locator finds the line of an error's place (only called when there is an error) */
    static Meeting toModel(FileDto.MeetingDto dto, String source, JsonLocator locator) throws MeetingFileException {
        return new ModelMapper(source, locator).meeting(dto);
    }

    private Meeting meeting(FileDto.MeetingDto dto) throws MeetingFileException {
        JsonPath root = JsonPath.ROOT;
        MeetingDetails details = details(required(dto.details(), root, "details"), root.field("details"));
        Agenda agenda = new Agenda(items(required(dto.agenda(), root, "agenda"), root.field("agenda"), 1));
        OrganizationOfWork organization = organization(required(dto.organizationOfWork(), root, "organizationOfWork"),
                root.field("organizationOfWork"));
        List<IssuedVersion> issued = new ArrayList<>();
        List<FileDto.IssuedDto> issuedDtos = orEmpty(dto.issued());
        for (int i = 0; i < issuedDtos.size(); i++) {
            issued.add(issued(issuedDtos.get(i), root.field("issued").index(i)));
        }
        return new Meeting(details, agenda, organization, issued);
    }

    /** An issued version: its symbol, date and kind, and its meeting, read as a meeting file of its own. */
    private IssuedVersion issued(FileDto.IssuedDto dto, JsonPath at) throws MeetingFileException {
        String symbol = required(dto.symbol(), at, "symbol");
        if (symbol.isBlank()) {
            throw error(at.field("symbol"), "is empty; an issued version has the symbol it was issued under");
        }
        LocalDate date = date(required(dto.date(), at, "date"), at.field("date"));
        IssueKind kind = code(EnumCodes.ISSUE_KIND, required(dto.kind(), at, "kind"), at.field("kind"));
        String packed = required(dto.meeting(), at, "meeting");
        Meeting meeting = IssuedSnapshots.decode(packed, source + ": " + at.words() + " (" + JsonErrors.printable(symbol)
                + ")").orElseThrow(() -> error(at.field("meeting"), "is not a meeting as Agendum keeps it (a meeting "
                + "file, gzipped, in base64)"));
        if (!meeting.issued().isEmpty()) {
            throw error(at.field("meeting"), "holds issued versions of its own; an issued version keeps only the "
                    + "meeting as it was");
        }
        return new IssuedVersion(symbol, date, kind, meeting);
    }

    /**
     * The file's one "details" object into the details' parts. The fields are read in the file's order, so that
     * of several missing or wrong fields the first in the file is the one reported.
     */
    private MeetingDetails details(FileDto.DetailsDto d, JsonPath at) throws MeetingFileException {
        String bodyName = required(d.bodyName(), at, "bodyName");
        String meetingName = required(d.meetingName(), at, "meetingName");
        String sessionLine = orEmpty(d.sessionLine());
        String venue = required(d.venue(), at, "venue");
        LocalDate startDate = date(required(d.startDate(), at, "startDate"), at.field("startDate"));
        LocalDate endDate = date(required(d.endDate(), at, "endDate"), at.field("endDate"));
        String symbol = required(d.symbol(), at, "symbol");
        Distribution distribution = code(EnumCodes.DISTRIBUTION, required(d.distribution(), at, "distribution"),
                at.field("distribution"));
        LocalDate issueDate = date(required(d.issueDate(), at, "issueDate"), at.field("issueDate"));
        Language originalLanguage = code(EnumCodes.LANGUAGE, required(d.originalLanguage(), at, "originalLanguage"),
                at.field("originalLanguage"));
        Language versionLanguage = code(EnumCodes.LANGUAGE, required(d.versionLanguage(), at, "versionLanguage"),
                at.field("versionLanguage"));
        String jobNumber = orEmpty(d.jobNumber());
        Optional<LocalDate> processedOn = optionalDate(d.processedOn(), at.field("processedOn"));
        Optional<LocalDate> releasedOn = optionalDate(d.releasedOn(), at.field("releasedOn"));
        DutyStation dutyStation = code(EnumCodes.DUTY_STATION, required(d.dutyStation(), at, "dutyStation"),
                at.field("dutyStation"));
        String title = required(d.title(), at, "title");
        String titleNote = orEmpty(d.titleNote());
        DocumentForm form = DocumentForm.DEFAULT;
        if (d.layout() != null) {
            form = form.withLayout(code(EnumCodes.LAYOUT, d.layout(), at.field("layout")));
        }
        if (d.emptyAnnotations() != null) {
            form = form.withEmptyAnnotations(code(EnumCodes.EMPTY_ANNOTATIONS, d.emptyAnnotations(),
                    at.field("emptyAnnotations")));
        }
        if (d.standardSentence() != null) {
            form = form.withStandardSentence(d.standardSentence());
        }
        String agendaItemLine = orEmpty(d.agendaItemLine());
        String agendaItemTitle = orEmpty(d.agendaItemTitle());
        String agendaItemNote = orEmpty(d.agendaItemNote());
        String languageCoverage = orEmpty(d.languageCoverage());
        return new MeetingDetails(
                new Masthead(bodyName, symbol, distribution, issueDate, originalLanguage, versionLanguage,
                        languageCoverage),
                new MeetingInfo(meetingName, sessionLine, venue, startDate, endDate),
                new TitleBlock(agendaItemLine, agendaItemTitle, agendaItemNote, title, titleNote),
                new Processing(dutyStation, jobNumber, processedOn, releasedOn),
                form);
    }

    private Optional<LocalDate> optionalDate(String text, JsonPath at) throws MeetingFileException {
        return text == null ? Optional.empty() : Optional.of(date(text, at));
    }

    /** The items of one level; {@code level} 1 is the top of the agenda. */
    private List<AgendaItem> items(List<FileDto.ItemDto> dtos, JsonPath listAt, int level) throws MeetingFileException {
        List<AgendaItem> out = new ArrayList<>(dtos.size());
        for (int i = 0; i < dtos.size(); i++) {
            FileDto.ItemDto dto = dtos.get(i);
            JsonPath at = listAt.index(i);
            if (level > Agenda.MAX_DEPTH) {
                throw objectError(at, "is nested " + level + " levels deep; agenda items can be nested at most "
                        + Agenda.MAX_DEPTH + " levels");
            }
            ItemId id = id(required(dto.id(), at, "id"), at.field("id"), ItemId::new, itemIds, "agenda item");
            String title = required(dto.title(), at, "title");
            String heading = orEmpty(dto.heading());
            ListEnd listEnd = dto.listEnd() == null ? ListEnd.DERIVED
                    : code(EnumCodes.LIST_END, dto.listEnd(), at.field("listEnd"));
            ItemMark mark = mark(dto, at);
            RichText annotation = annotation(orEmpty(dto.annotation()), at.field("annotation"));
            List<DocumentationEntry> documentation = documentation(orEmpty(dto.documentation()), at.field("documentation"));
            List<AgendaItem> subItems = items(orEmpty(dto.items()), at.field("items"), level + 1);
            out.add(new AgendaItem(id, title, annotation, documentation, subItems, heading, listEnd, mark));
        }
        return out;
    }

    private RichText annotation(List<FileDto.ParagraphDto> dtos, JsonPath listAt) throws MeetingFileException {
        List<Paragraph> paragraphs = new ArrayList<>(dtos.size());
        for (int i = 0; i < dtos.size(); i++) {
            FileDto.ParagraphDto dto = dtos.get(i);
            JsonPath at = listAt.index(i);
            int level = dto.level() == null ? 0 : dto.level();
            if (level < 0 || level > Paragraph.MAX_LEVEL) {
                throw error(at.field("level"), "is " + level + "; it must be 0 (body text) or 1 to "
                        + Paragraph.MAX_LEVEL + " (subparagraph levels)");
            }
            List<FileDto.InlineDto> content = required(dto.content(), at, "content");
            List<Inline> inlines = new ArrayList<>(content.size());
            for (int k = 0; k < content.size(); k++) {
                inlines.add(inline(content.get(k), at.field("content").index(k)));
            }
            paragraphs.add(new Paragraph(level, inlines));
        }
        return new RichText(paragraphs);
    }

    private Inline inline(FileDto.InlineDto dto, JsonPath at) throws MeetingFileException {
        if (dto.footnote() == null) {
            if (dto.text() == null) {
                throw objectError(at, "has neither \"text\" nor \"footnote\"; each part of a paragraph is one or the other");
            }
            return new TextRun(dto.text(), style(dto.bold(), dto.italic(), dto.underline(), dto.superscript(), dto.link()));
        }
        if (dto.text() != null) {
            throw objectError(at, "has both \"text\" and \"footnote\"; each part of a paragraph is one or the other");
        }
        String styled = dto.bold() != null ? "bold" : dto.italic() != null ? "italic"
                : dto.underline() != null ? "underline" : dto.superscript() != null ? "superscript"
                : dto.link() != null ? "link" : null;
        if (styled != null) {
            throw objectError(at, "is a footnote with \"" + styled + "\"; a footnote has only \"footnote\", and its runs "
                    + "carry their own style");
        }
        List<TextRun> runs = new ArrayList<>(dto.footnote().size());
        for (int r = 0; r < dto.footnote().size(); r++) {
            FileDto.RunDto run = dto.footnote().get(r);
            JsonPath runAt = at.field("footnote").index(r);
            runs.add(new TextRun(required(run.text(), runAt, "text"),
                    style(run.bold(), run.italic(), run.underline(), run.superscript(), run.link())));
        }
        return new FootnoteMark(runs);
    }

    private static TextStyle style(Boolean bold, Boolean italic, Boolean underline, Boolean superscript, String link) {
        return new TextStyle(isTrue(bold), isTrue(italic), isTrue(underline), isTrue(superscript), link);
    }

    private List<DocumentationEntry> documentation(List<FileDto.DocumentDto> dtos, JsonPath listAt)
            throws MeetingFileException {
        List<DocumentationEntry> out = new ArrayList<>(dtos.size());
        for (int i = 0; i < dtos.size(); i++) {
            JsonPath at = listAt.index(i);
            out.add(new DocumentationEntry(required(dtos.get(i).description(), at, "description"),
                    required(dtos.get(i).symbol(), at, "symbol")));
        }
        return out;
    }

    private OrganizationOfWork organization(FileDto.OrganizationDto dto, JsonPath at) throws MeetingFileException {
        List<FileDto.DayDto> dayDtos = required(dto.days(), at, "days");
        List<Day> days = new ArrayList<>(dayDtos.size());
        for (int d = 0; d < dayDtos.size(); d++) {
            FileDto.DayDto day = dayDtos.get(d);
            JsonPath dayAt = at.field("days").index(d);
            LocalDate date = date(required(day.date(), dayAt, "date"), dayAt.field("date"));
            List<FileDto.SlotDto> slotDtos = orEmpty(day.meetings());
            List<MeetingSlot> slots = new ArrayList<>(slotDtos.size());
            for (int s = 0; s < slotDtos.size(); s++) {
                slots.add(slot(slotDtos.get(s), dayAt.field("meetings").index(s)));
            }
            days.add(new Day(date, slots));
        }
        return new OrganizationOfWork(days);
    }

    private MeetingSlot slot(FileDto.SlotDto dto, JsonPath at) throws MeetingFileException {
        SlotId id = id(required(dto.id(), at, "id"), at.field("id"), SlotId::new, slotIds, "meeting");
        LocalTime start = time(required(dto.start(), at, "start"), at.field("start"));
        LocalTime end = time(required(dto.end(), at, "end"), at.field("end"));
        List<FileDto.EntryDto> entryDtos = orEmpty(dto.entries());
        List<ScheduleEntry> entries = new ArrayList<>(entryDtos.size());
        for (int e = 0; e < entryDtos.size(); e++) {
            entries.add(entry(entryDtos.get(e), at.field("entries").index(e)));
        }
        return new MeetingSlot(id, start, end, orEmpty(dto.label()), entries);
    }

    private ScheduleEntry entry(FileDto.EntryDto dto, JsonPath at) throws MeetingFileException {
        EntryId id = id(required(dto.id(), at, "id"), at.field("id"), EntryId::new, entryIds, "entry");
        if (dto.item() != null && dto.note() != null) {
            throw objectError(at, "has both \"item\" and \"note\"; an entry is an agenda item or a note, not both");
        }
        if (dto.item() != null) {
            // checked for its form only: an item missing from the agenda is for validation to report
            return new ItemEntry(id, id(dto.item(), at.field("item"), ItemId::new, null, null));
        }
        if (dto.note() != null) {
            return new NoteEntry(id, dto.note());
        }
        throw objectError(at, "has neither \"item\" nor \"note\"; an entry is an agenda item or a note");
    }

    /**
     * An id in the model's form; with {@code seen}, also unique among the ids of its kind.
     *
     * @param kind what carries the id, for the duplicate message ("agenda item", "meeting", "entry")
     */
    private <T> T id(String value, JsonPath at, Function<String, T> constructor, Map<String, JsonPath> seen, String kind)
            throws MeetingFileException {
        T id;
        try {
            id = constructor.apply(value);
        } catch (IllegalArgumentException e) {
            throw error(at, "is " + quoted(value) + ", which is not a valid id (1 to 64 letters, digits, \".\", \"_\" or "
                    + "\"-\", starting with a letter or digit)");
        }
        if (seen != null) {
            JsonPath first = seen.putIfAbsent(value, at);
            if (first != null) {
                throw error(at, "is " + quoted(value) + ", the same as " + first.describe() + "; every " + kind
                        + " needs its own id");
            }
        }
        return id;
    }

    private LocalDate date(String value, JsonPath at) throws MeetingFileException {
        try {
            return LocalDate.parse(value, FileFormat.DATE);
        } catch (DateTimeParseException e) {
            throw error(at, "is " + quoted(value) + ", " + whyNotADate(value));
        }
    }

    private static final java.util.regex.Pattern DATE_SHAPE = java.util.regex.Pattern.compile(
            "([0-9]{4})-(0[1-9]|1[0-2])-([0-9]{2})");

    /** "a day that does not exist (February 2018 has 28 days)" when only the day is wrong: the form is right. */
    private static String whyNotADate(String value) {
        java.util.regex.Matcher shape = DATE_SHAPE.matcher(value);
        if (shape.matches()) {
            java.time.YearMonth month = java.time.YearMonth.of(Integer.parseInt(shape.group(1)),
                    Integer.parseInt(shape.group(2)));
            return "a day that does not exist (" + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + " " + month.getYear() + " has " + month.lengthOfMonth() + " days)";
        }
        return "which is not a valid date (expected YYYY-MM-DD)";
    }

    private LocalTime time(String value, JsonPath at) throws MeetingFileException {
        try {
            return LocalTime.parse(value, FileFormat.TIME);
        } catch (DateTimeParseException e) {
            throw error(at, "is " + quoted(value) + ", which is not a valid time (expected HH:MM on the 24-hour "
                    + "clock, such as 15:00)");
        }
    }

    private <E extends Enum<E>> E code(EnumCodes<E> codes, String value, JsonPath at) throws MeetingFileException {
        return codes.parse(value).orElseThrow(() -> error(at, "is " + quoted(value) + ", which is not one of "
                + String.join(", ", codes.all().stream().map(c -> "\"" + c + "\"").toList())));
    }

    private <T> T required(T value, JsonPath object, String field) throws MeetingFileException {
        if (value == null) {
            throw objectError(object, "has no \"" + field + "\"");
        }
        return value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> orEmpty(List<T> value) {
        return value == null ? List.of() : value;
    }

    private static boolean isTrue(Boolean value) {
        return value != null && value;
    }

    private static String quoted(String value) {
        return "\"" + JsonErrors.printable(value) + "\"";
    }

    /** An error in a value: {@code "title" of agenda item 2 (agenda[1].title) is …}. */
    private MeetingFileException error(JsonPath at, String problem) {
        return new MeetingFileException(source + ": " + JsonErrors.lineAndColumn(locator.locate(at)) + at.describe()
                + " " + problem + ".");
    }

    /** An error in an object as a whole: {@code the details (details) has no "title"}. */
    /** The item's mark: {@code "review": true} as format 2 has always written it, or {@code "toTranslate": true}. */
    private ItemMark mark(FileDto.ItemDto dto, JsonPath at) throws MeetingFileException {
        boolean review = Boolean.TRUE.equals(dto.review());
        boolean toTranslate = Boolean.TRUE.equals(dto.toTranslate());
        if (review && toTranslate) {
            throw objectError(at, "has both \"review\" and \"toTranslate\"; an item is marked for one or the other");
        }
        return review ? ItemMark.REVIEW : toTranslate ? ItemMark.TRANSLATE : ItemMark.NONE;
    }

    private MeetingFileException objectError(JsonPath at, String problem) {
        return new MeetingFileException(source + ": " + JsonErrors.lineAndColumn(locator.locate(at))
                + at.describeObject() + " " + problem + ".");
    }
}
