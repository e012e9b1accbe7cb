package org.agendum.file;

import static org.agendum.file.RecordShape.list;
import static org.agendum.file.RecordShape.object;
import static org.agendum.file.RecordShape.optionalFlag;
import static org.agendum.file.RecordShape.optionalList;
import static org.agendum.file.RecordShape.optionalText;
import static org.agendum.file.RecordShape.optionalWholeNumber;
import static org.agendum.file.RecordShape.text;
import static org.agendum.file.RecordShape.wholeNumber;

import java.util.List;

/**
 * The shape of a meeting file (format versions 1 and 2), one record per JSON object, with a {@link RecordShape} for
 * each (at the end) that the reader, the writer and the broken-text check go by; the model never sees them (it stays
 * free of the file's JSON). Every field is nullable: a missing field arrives as null and {@link ModelMapper} decides
 * whether that is an error or means a default, and {@link DtoMapper} sets the fields the writer leaves out to null
 * (the fields a shape marks "optional").
 *
 * <p>Dates, times and enumerations are plain strings here so that their errors are ours to word.
 * The order of the record components is the order of the keys in the file.
 */
final class FileDto {
    private FileDto() {
    }

    record MeetingDto(
            String format,
            Integer version,
            DetailsDto details,
            List<ItemDto> agenda,
            OrganizationDto organizationOfWork,
            List<IssuedDto> issued) {
    }

    /**
     * An issued version (left out with the whole list when there is none): {@code meeting} is the meeting as it was,
     * a meeting file of its own gzipped and in base64 (decision 0008: a twentieth of its JSON, and opaque to the
     * counts of the meeting's parts).
     */
    record IssuedDto(String symbol, String date, String kind, String meeting) {
    }

    /** The fields added in format 2 are left out when they hold their default, so a file that needs none is format 1. */
    record DetailsDto(
            String bodyName,
            String meetingName,
            String sessionLine,
            String venue,
            String startDate,
            String endDate,
            String symbol,
            String distribution,
            String issueDate,
            String originalLanguage,
            String versionLanguage,
            String jobNumber,
            String processedOn,
            String releasedOn,
            String dutyStation,
            String title,
            String titleNote,
            String layout,
            String emptyAnnotations,
            String standardSentence,
            String agendaItemLine,
            String agendaItemTitle,
            String agendaItemNote,
            String languageCoverage) {
    }

    /**
     * {@code heading} and {@code listEnd} (format 2) are left out when the item has no such override, {@code review}
     * and {@code toTranslate} (format 2, at most one of them) when the item carries no such mark.
     */
    record ItemDto(
            String id,
            String title,
            String heading,
            String listEnd,
            Boolean review,
            Boolean toTranslate,
            List<ParagraphDto> annotation,
            List<DocumentDto> documentation,
            List<ItemDto> items) {
    }

    /** {@code level} is null (omitted) for body text, so most paragraphs read {@code {"content": [...]}}. */
    record ParagraphDto(Integer level, List<InlineDto> content) {
    }

    /** Either a text run (text and its style) or a footnote call (footnote and nothing else). */
    record InlineDto(
            String text,
            Boolean bold,
            Boolean italic,
            Boolean underline,
            Boolean superscript,
            String link,
            List<RunDto> footnote) {
    }

    /** A run of footnote text: like a text run, but a footnote cannot contain another footnote. */
    record RunDto(String text, Boolean bold, Boolean italic, Boolean underline, Boolean superscript, String link) {
    }

    record DocumentDto(String description, String symbol) {
    }

    record OrganizationDto(List<DayDto> days) {
    }

    record DayDto(String date, List<SlotDto> meetings) {
    }

    record SlotDto(String id, String start, String end, String label, List<EntryDto> entries) {
    }

    /** Either {@code item} (an agenda item's id) or {@code note} (free text) is set, never both. */
    record EntryDto(String id, String item, String note) {
    }

    // The shapes of the records, each listing the record's components in order. The "optional" fields, left out of
    // the file when null, are those the comments above name, and every field of a paragraph, a part of one, a run of
    // a footnote and an entry of the organization of work.

    static final RecordShape<MeetingDto> MEETING = new RecordShape<>(MeetingDto.class, List.of(
            text("format"), wholeNumber("version"), object("details", DetailsDto.class),
            list("agenda", ItemDto.class), object("organizationOfWork", OrganizationDto.class),
            optionalList("issued", IssuedDto.class))) {
        @Override
        MeetingDto build(Object[] v) {
            return new MeetingDto((String) v[0], (Integer) v[1], (DetailsDto) v[2], listOf(v[3]), (OrganizationDto) v[4],
                    listOf(v[5]));
        }

        @Override
        Object[] valuesOf(MeetingDto m) {
            return new Object[] {m.format(), m.version(), m.details(), m.agenda(), m.organizationOfWork(), m.issued()};
        }
    };

    static final RecordShape<IssuedDto> ISSUED = new RecordShape<>(IssuedDto.class, List.of(
            text("symbol"), text("date"), text("kind"), text("meeting"))) {
        @Override
        IssuedDto build(Object[] v) {
            return new IssuedDto((String) v[0], (String) v[1], (String) v[2], (String) v[3]);
        }

        @Override
        Object[] valuesOf(IssuedDto i) {
            return new Object[] {i.symbol(), i.date(), i.kind(), i.meeting()};
        }
    };

    static final RecordShape<DetailsDto> DETAILS = new RecordShape<>(DetailsDto.class, List.of(
            text("bodyName"), text("meetingName"), text("sessionLine"), text("venue"), text("startDate"),
            text("endDate"), text("symbol"), text("distribution"), text("issueDate"), text("originalLanguage"),
            text("versionLanguage"), text("jobNumber"), optionalText("processedOn"), optionalText("releasedOn"),
            text("dutyStation"), text("title"), optionalText("titleNote"), optionalText("layout"), optionalText("emptyAnnotations"),
            optionalText("standardSentence"), text("agendaItemLine"), optionalText("agendaItemTitle"),
            optionalText("agendaItemNote"), text("languageCoverage"))) {
        @Override
        DetailsDto build(Object[] v) {
            return new DetailsDto((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                    (String) v[5], (String) v[6], (String) v[7], (String) v[8], (String) v[9], (String) v[10],
                    (String) v[11], (String) v[12], (String) v[13], (String) v[14], (String) v[15], (String) v[16],
                    (String) v[17], (String) v[18], (String) v[19], (String) v[20], (String) v[21], (String) v[22],
                    (String) v[23]);
        }

        @Override
        Object[] valuesOf(DetailsDto d) {
            return new Object[] {d.bodyName(), d.meetingName(), d.sessionLine(), d.venue(), d.startDate(), d.endDate(),
                d.symbol(), d.distribution(), d.issueDate(), d.originalLanguage(), d.versionLanguage(), d.jobNumber(),
                d.processedOn(), d.releasedOn(), d.dutyStation(), d.title(), d.titleNote(), d.layout(), d.emptyAnnotations(),
                d.standardSentence(), d.agendaItemLine(), d.agendaItemTitle(), d.agendaItemNote(),
                d.languageCoverage()};
        }
    };

    static final RecordShape<ItemDto> ITEM = new RecordShape<>(ItemDto.class, List.of(
            text("id"), text("title"), optionalText("heading"), optionalText("listEnd"), optionalFlag("review"),
            optionalFlag("toTranslate"), list("annotation", ParagraphDto.class), list("documentation", DocumentDto.class),
            list("items", ItemDto.class))) {
        @Override
        ItemDto build(Object[] v) {
            return new ItemDto((String) v[0], (String) v[1], (String) v[2], (String) v[3], (Boolean) v[4],
                    (Boolean) v[5], listOf(v[6]), listOf(v[7]), listOf(v[8]));
        }

        @Override
        Object[] valuesOf(ItemDto i) {
            return new Object[] {i.id(), i.title(), i.heading(), i.listEnd(), i.review(), i.toTranslate(), i.annotation(),
                i.documentation(), i.items()};
        }
    };

    static final RecordShape<ParagraphDto> PARAGRAPH = new RecordShape<>(ParagraphDto.class, List.of(
            optionalWholeNumber("level"), optionalList("content", InlineDto.class))) {
        @Override
        ParagraphDto build(Object[] v) {
            return new ParagraphDto((Integer) v[0], listOf(v[1]));
        }

        @Override
        Object[] valuesOf(ParagraphDto p) {
            return new Object[] {p.level(), p.content()};
        }
    };

    static final RecordShape<InlineDto> INLINE = new RecordShape<>(InlineDto.class, List.of(
            optionalText("text"), optionalFlag("bold"), optionalFlag("italic"), optionalFlag("underline"),
            optionalFlag("superscript"), optionalText("link"), optionalList("footnote", RunDto.class))) {
        @Override
        InlineDto build(Object[] v) {
            return new InlineDto((String) v[0], (Boolean) v[1], (Boolean) v[2], (Boolean) v[3], (Boolean) v[4],
                    (String) v[5], listOf(v[6]));
        }

        @Override
        Object[] valuesOf(InlineDto i) {
            return new Object[] {i.text(), i.bold(), i.italic(), i.underline(), i.superscript(), i.link(), i.footnote()};
        }
    };

    static final RecordShape<RunDto> RUN = new RecordShape<>(RunDto.class, List.of(
            optionalText("text"), optionalFlag("bold"), optionalFlag("italic"), optionalFlag("underline"),
            optionalFlag("superscript"), optionalText("link"))) {
        @Override
        RunDto build(Object[] v) {
            return new RunDto((String) v[0], (Boolean) v[1], (Boolean) v[2], (Boolean) v[3], (Boolean) v[4],
                    (String) v[5]);
        }

        @Override
        Object[] valuesOf(RunDto r) {
            return new Object[] {r.text(), r.bold(), r.italic(), r.underline(), r.superscript(), r.link()};
        }
    };

    static final RecordShape<DocumentDto> DOCUMENT = new RecordShape<>(DocumentDto.class, List.of(
            text("description"), text("symbol"))) {
        @Override
        DocumentDto build(Object[] v) {
            return new DocumentDto((String) v[0], (String) v[1]);
        }

        @Override
        Object[] valuesOf(DocumentDto d) {
            return new Object[] {d.description(), d.symbol()};
        }
    };

    static final RecordShape<OrganizationDto> ORGANIZATION = new RecordShape<>(OrganizationDto.class, List.of(
            list("days", DayDto.class))) {
        @Override
        OrganizationDto build(Object[] v) {
            return new OrganizationDto(listOf(v[0]));
        }

        @Override
        Object[] valuesOf(OrganizationDto o) {
            return new Object[] {o.days()};
        }
    };

    static final RecordShape<DayDto> DAY = new RecordShape<>(DayDto.class, List.of(
            text("date"), list("meetings", SlotDto.class))) {
        @Override
        DayDto build(Object[] v) {
            return new DayDto((String) v[0], listOf(v[1]));
        }

        @Override
        Object[] valuesOf(DayDto d) {
            return new Object[] {d.date(), d.meetings()};
        }
    };

    static final RecordShape<SlotDto> SLOT = new RecordShape<>(SlotDto.class, List.of(
            text("id"), text("start"), text("end"), text("label"), list("entries", EntryDto.class))) {
        @Override
        SlotDto build(Object[] v) {
            return new SlotDto((String) v[0], (String) v[1], (String) v[2], (String) v[3], listOf(v[4]));
        }

        @Override
        Object[] valuesOf(SlotDto s) {
            return new Object[] {s.id(), s.start(), s.end(), s.label(), s.entries()};
        }
    };

    static final RecordShape<EntryDto> ENTRY = new RecordShape<>(EntryDto.class, List.of(
            optionalText("id"), optionalText("item"), optionalText("note"))) {
        @Override
        EntryDto build(Object[] v) {
            return new EntryDto((String) v[0], (String) v[1], (String) v[2]);
        }

        @Override
        Object[] valuesOf(EntryDto e) {
            return new Object[] {e.id(), e.item(), e.note()};
        }
    };

    /** Every shape, for the test that holds them to the records. */
    static final List<RecordShape<?>> SHAPES = List.of(MEETING, DETAILS, ITEM, PARAGRAPH, INLINE, RUN, DOCUMENT,
            ORGANIZATION, DAY, SLOT, ENTRY, ISSUED);

    /** The shape of a record of the file. */
    static RecordShape<?> shapeOf(Class<?> record) {
        for (RecordShape<?> shape : SHAPES) {
            if (shape.type() == record) {
                return shape;
            }
        }
        throw new IllegalArgumentException("Not a record of the file: " + record);
    }

    /** A list the reader built for a field whose shape says what its elements are. */
    @SuppressWarnings("unchecked")
    private static <E> List<E> listOf(Object list) {
        return (List<E>) list;
    }
}
