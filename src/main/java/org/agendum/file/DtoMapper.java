package org.agendum.file;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.DocumentForm;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.IssuedVersion;
import org.agendum.model.ListEnd;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemMark;
import org.agendum.model.Masthead;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingInfo;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.Paragraph;
import org.agendum.model.Processing;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.model.TitleBlock;

/**
 * Builds the file records from the model, in canonical form: optional markers (a paragraph's level 0, a
 * false style flag, no link) become null so that they are left out, and everything else is written even
 * when empty, so that every file has the same shape.
 */
final class DtoMapper {
    private DtoMapper() {
    }

    static FileDto.MeetingDto toDto(Meeting meeting) {
        return new FileDto.MeetingDto(FileFormat.NAME, FormatVersion.needed(meeting), details(meeting.details()),
                items(meeting.agenda().items()),
                new FileDto.OrganizationDto(meeting.organization().days().stream().map(DtoMapper::day).toList()),
                meeting.issued().isEmpty() ? null : meeting.issued().stream().map(DtoMapper::issued).toList());
    }

    private static FileDto.IssuedDto issued(IssuedVersion version) {
        return new FileDto.IssuedDto(version.symbol(), FileFormat.DATE.format(version.date()),
                EnumCodes.ISSUE_KIND.code(version.kind()), IssuedSnapshots.encode(version.meeting()));
    }

    /** The details' parts flattened into the file's one "details" object, in the file's order of fields. */
    private static FileDto.DetailsDto details(MeetingDetails d) {
        Masthead masthead = d.masthead();
        MeetingInfo meeting = d.meetingInfo();
        TitleBlock titleBlock = d.titleBlock();
        Processing processing = d.processing();
        DocumentForm form = d.form();
        boolean defaultForm = form.equals(DocumentForm.DEFAULT);
        return new FileDto.DetailsDto(masthead.bodyName(), meeting.meetingName(), meeting.sessionLine(),
                meeting.venue(), FileFormat.DATE.format(meeting.startDate()), FileFormat.DATE.format(meeting.endDate()),
                masthead.symbol(), EnumCodes.DISTRIBUTION.code(masthead.distribution()),
                FileFormat.DATE.format(masthead.issueDate()), EnumCodes.LANGUAGE.code(masthead.originalLanguage()),
                EnumCodes.LANGUAGE.code(masthead.versionLanguage()), processing.jobNumber(),
                processing.processedOn().map(FileFormat.DATE::format).orElse(null),
                processing.releasedOn().map(FileFormat.DATE::format).orElse(null),
                EnumCodes.DUTY_STATION.code(processing.dutyStation()), titleBlock.title(),
                nullIfEmpty(titleBlock.titleNote()),
                defaultForm ? null : EnumCodes.LAYOUT.code(form.layout()),
                defaultForm ? null : EnumCodes.EMPTY_ANNOTATIONS.code(form.emptyAnnotations()),
                defaultForm ? null : form.standardSentence(),
                titleBlock.agendaItemLine(), nullIfEmpty(titleBlock.agendaItemTitle()),
                nullIfEmpty(titleBlock.agendaItemNote()), masthead.languageCoverage());
    }

    private static List<FileDto.ItemDto> items(List<AgendaItem> items) {
        return items.stream().map(item -> new FileDto.ItemDto(
                item.id().value(),
                item.title(),
                nullIfEmpty(item.heading()),
                item.listEnd() == ListEnd.DERIVED ? null : EnumCodes.LIST_END.code(item.listEnd()),
                flag(item.mark() == ItemMark.REVIEW),
                flag(item.mark() == ItemMark.TRANSLATE),
                item.annotation().paragraphs().stream().map(DtoMapper::paragraph).toList(),
                item.documentation().stream().map(DtoMapper::document).toList(),
                items(item.subItems()))).toList();
    }

    /** Text, or null so that an optional field of format 2 is left out. */
    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }

    private static FileDto.ParagraphDto paragraph(Paragraph paragraph) {
        return new FileDto.ParagraphDto(paragraph.level() == 0 ? null : paragraph.level(),
                paragraph.inlines().stream().map(DtoMapper::inline).toList());
    }

    private static FileDto.InlineDto inline(Inline inline) {
        if (inline instanceof FootnoteMark footnote) {
            return new FileDto.InlineDto(null, null, null, null, null, null,
                    footnote.text().stream().map(DtoMapper::run).toList());
        }
        TextRun run = (TextRun) inline;
        TextStyle s = run.style();
        return new FileDto.InlineDto(run.text(), flag(s.bold()), flag(s.italic()), flag(s.underline()),
                flag(s.superscript()), s.link(), null);
    }

    private static FileDto.RunDto run(TextRun run) {
        TextStyle s = run.style();
        return new FileDto.RunDto(run.text(), flag(s.bold()), flag(s.italic()), flag(s.underline()),
                flag(s.superscript()), s.link());
    }

    /** True, or null so that the flag is left out. */
    private static Boolean flag(boolean value) {
        return value ? Boolean.TRUE : null;
    }

    private static FileDto.DocumentDto document(DocumentationEntry entry) {
        return new FileDto.DocumentDto(entry.description(), entry.symbol());
    }

    private static FileDto.DayDto day(Day day) {
        return new FileDto.DayDto(FileFormat.DATE.format(day.date()), day.meetings().stream().map(DtoMapper::slot).toList());
    }

    private static FileDto.SlotDto slot(MeetingSlot slot) {
        return new FileDto.SlotDto(slot.id().value(), time(slot.start()), time(slot.end()), slot.label(),
                slot.entries().stream().map(DtoMapper::entry).toList());
    }

    /** Meetings are planned to the minute; the model's seconds, if any ever got there, are not kept. */
    private static String time(LocalTime time) {
        return FileFormat.TIME.format(time.truncatedTo(ChronoUnit.MINUTES));
    }

    private static FileDto.EntryDto entry(ScheduleEntry entry) {
        if (entry instanceof ItemEntry item) {
            return new FileDto.EntryDto(item.id().value(), item.item().value(), null);
        }
        NoteEntry note = (NoteEntry) entry;
        return new FileDto.EntryDto(note.id().value(), null, note.text());
    }
}
