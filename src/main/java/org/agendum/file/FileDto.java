package org.agendum.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The shape of a meeting file (format versions 1 and 2), one record per JSON object. These records are what
 * Jackson sees; the model never does (it stays free of Jackson). Every field is nullable: a missing field
 * arrives as null and {@link ModelMapper} decides whether that is an error or means a default, and the
 * writer sets the fields it omits to null ({@link JsonInclude.Include#NON_NULL} on those records).
 *
 * <p>Dates, times and enumerations are plain strings here so that their errors are ours to word.
 * The order of the record components is the order of the keys in the file.
 */
final class FileDto {
    private FileDto() {
    }

    @JsonPropertyOrder({"format", "version", "details", "agenda", "organizationOfWork"})
    record MeetingDto(
            String format,
            Integer version,
            DetailsDto details,
            List<ItemDto> agenda,
            OrganizationDto organizationOfWork) {
    }

    /** The fields added in format 2 are left out when they hold their default, so a file that needs none is format 1. */
    @JsonPropertyOrder({"bodyName", "meetingName", "sessionLine", "venue", "startDate", "endDate", "symbol",
            "distribution", "issueDate", "originalLanguage", "versionLanguage", "jobNumber", "processedOn", "releasedOn",
            "dutyStation", "title", "layout", "emptyAnnotations", "standardSentence", "agendaItemLine",
            "agendaItemTitle", "agendaItemNote", "languageCoverage"})
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
            @JsonInclude(JsonInclude.Include.NON_NULL) String processedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) String releasedOn,
            String dutyStation,
            String title,
            @JsonInclude(JsonInclude.Include.NON_NULL) String layout,
            @JsonInclude(JsonInclude.Include.NON_NULL) String emptyAnnotations,
            @JsonInclude(JsonInclude.Include.NON_NULL) String standardSentence,
            String agendaItemLine,
            @JsonInclude(JsonInclude.Include.NON_NULL) String agendaItemTitle,
            @JsonInclude(JsonInclude.Include.NON_NULL) String agendaItemNote,
            String languageCoverage) {
    }

    /** {@code heading} and {@code listEnd} (format 2) are left out when the item has no such override. */
    @JsonPropertyOrder({"id", "title", "heading", "listEnd", "annotation", "documentation", "items"})
    record ItemDto(
            String id,
            String title,
            @JsonInclude(JsonInclude.Include.NON_NULL) String heading,
            @JsonInclude(JsonInclude.Include.NON_NULL) String listEnd,
            List<ParagraphDto> annotation,
            List<DocumentDto> documentation,
            List<ItemDto> items) {
    }

    /** {@code level} is null (omitted) for body text, so most paragraphs read {@code {"content": [...]}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"level", "content"})
    record ParagraphDto(Integer level, List<InlineDto> content) {
    }

    /** Either a text run (text and its style) or a footnote call (footnote and nothing else). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "bold", "italic", "underline", "superscript", "link", "footnote"})
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
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "bold", "italic", "underline", "superscript", "link"})
    record RunDto(String text, Boolean bold, Boolean italic, Boolean underline, Boolean superscript, String link) {
    }

    @JsonPropertyOrder({"description", "symbol"})
    record DocumentDto(String description, String symbol) {
    }

    @JsonPropertyOrder({"days"})
    record OrganizationDto(List<DayDto> days) {
    }

    @JsonPropertyOrder({"date", "meetings"})
    record DayDto(String date, List<SlotDto> meetings) {
    }

    @JsonPropertyOrder({"id", "start", "end", "label", "entries"})
    record SlotDto(String id, String start, String end, String label, List<EntryDto> entries) {
    }

    /** Either {@code item} (an agenda item's id) or {@code note} (free text) is set, never both. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "item", "note"})
    record EntryDto(String id, String item, String note) {
    }
}
