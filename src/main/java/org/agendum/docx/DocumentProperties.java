package org.agendum.docx;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.agendum.model.Masthead;
import org.agendum.model.MeetingDetails;

/**
 * What the file says about itself: the core properties (title, subject = symbol, language), and, like the real files
 * (docs/un-format.md §4.2, confirmed in A/80/590), the template's document variables and custom properties:
 * {@code sss1}/{@code Symbol1} (the symbol, which the running headers show through DOCVARIABLE fields),
 * {@code FooterJN}, {@code jobn}, {@code jobnDT}, {@code jobnDTDT}, {@code JobNo}, {@code Barcode},
 * {@code DutyStation}, {@code Title1}, {@code Session1}, {@code Agenda1} (the item line, "Item 2 of the
 * provisional agenda"), {@code Agenda Title1} (the item's title under it). Empty values are not written (Word
 * drops an empty variable, and a field naming a missing one shows an error). The settings part holds the variables
 * ({@link SettingsPart}).
 */
final class DocumentProperties {
    static final String SYMBOL_VARIABLE = "sss1";
    static final String FOOTER_JOB_VARIABLE = "FooterJN";
    /** The agenda item's title under the item line; A/80/590's name, with its space. */
    static final String AGENDA_TITLE = "Agenda Title1";

    static final String CORE = "docProps/core.xml";
    static final String APP = "docProps/app.xml";
    static final String CUSTOM = "docProps/custom.xml";
    /** The format id of user-defined custom properties (the PID_USER property set). */
    private static final String USER_PROPERTIES = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    private DocumentProperties() {
    }

    /**
     * The three property parts, core, app (extended) and custom, and the package's relationships to them (in
     * POI's order, after the main part's).
     *
     * @param created when the document was made, the core properties' creation time
     */
    static void write(WordPackage word, MeetingDetails details, Instant created) {
        Relationships relationships = word.relationshipsOf("");
        relationships.add(Relationships.EXTENDED_PROPERTIES, APP);
        relationships.add(Relationships.CUSTOM_PROPERTIES, CUSTOM);
        relationships.add(Relationships.CORE_PROPERTIES, CORE);
        Masthead masthead = details.masthead();
        String symbol = DocxText.clean(masthead.symbol()).strip();
        try (XmlWriter xml = word.xmlPart(CORE, "application/vnd.openxmlformats-package.core-properties+xml")) {
            xml.start("cp:coreProperties")
                    .attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
                    .attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
                    .attribute("xmlns:dcterms", "http://purl.org/dc/terms/")
                    .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.start("dcterms:created").attribute("xsi:type", "dcterms:W3CDTF")
                    .text(DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS))).end();
            xml.start("dc:creator").text("Agendum").end();
            // POI's order, and like POI an empty value is no element at all
            optional(xml, "cp:keywords", symbol);
            xml.start("dc:language").text(UnStyles.languageTag(masthead.versionLanguage())).end();
            optional(xml, "dc:subject", symbol);
            optional(xml, "dc:title", DocxText.typeset(details.titleBlock().title()).strip());
            xml.end();
        }
        try (XmlWriter xml = word.xmlPart(APP,
                "application/vnd.openxmlformats-officedocument.extended-properties+xml")) {
            xml.start("Properties")
                    .attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
                    .start("Application").text("Agendum").end().end();
        }
        try (XmlWriter xml = word.xmlPart(CUSTOM,
                "application/vnd.openxmlformats-officedocument.custom-properties+xml")) {
            xml.start("Properties")
                    .attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties")
                    .attribute("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
            int pid = 2; // 0 and 1 are reserved
            for (Map.Entry<String, String> property : customProperties(details).entrySet()) {
                xml.start("property").attribute("pid", pid++).attribute("fmtid", USER_PROPERTIES)
                        .attribute("name", property.getKey()).start("vt:lpwstr").text(property.getValue()).end().end();
            }
            xml.end();
        }
    }

    private static void optional(XmlWriter xml, String element, String value) {
        if (!value.isEmpty()) {
            xml.start(element).text(value).end();
        }
    }

    /** The custom properties, name to value, in A/80/590's names. */
    static Map<String, String> customProperties(MeetingDetails details) {
        Map<String, String> custom = new LinkedHashMap<>();
        Masthead masthead = details.masthead();
        custom.put("Symbol1", DocxText.clean(masthead.symbol()).strip());
        custom.put("Language", masthead.versionLanguage().englishName());
        custom.put("Category", "Document");
        JobNumber.of(details.processing().jobNumber()).ifPresent(job -> custom.put("JobNo", job.digits()));
        nonEmpty(details.titleBlock().title()).ifPresent(v -> custom.put("Title1", v));
        nonEmpty(details.meetingInfo().sessionLine()).ifPresent(v -> custom.put("Session1", v));
        nonEmpty(details.titleBlock().agendaItemLine()).ifPresent(v -> custom.put("Agenda1", v));
        nonEmpty(details.titleBlock().agendaItemTitle()).ifPresent(v -> custom.put(AGENDA_TITLE, v));
        return custom;
    }

    /** The document variables, name to value, in A/80/590's names. */
    static Map<String, String> variables(MeetingDetails details) {
        Map<String, String> variables = new LinkedHashMap<>();
        Masthead masthead = details.masthead();
        nonEmpty(masthead.symbol()).ifPresent(symbol -> {
            variables.put(SYMBOL_VARIABLE, symbol);
            variables.put("Symbol1", symbol);
        });
        variables.put("DutyStation", details.processing().dutyStation().city());
        JobNumber.of(details.processing().jobNumber()).ifPresent(job -> {
            String processed = JobNumber.ddmmyy(details.jobProcessedDate());
            String released = JobNumber.ddmmyy(details.jobReleasedDate());
            String withLanguage = job.withLanguage(masthead.versionLanguage());
            variables.put(FOOTER_JOB_VARIABLE, job.number());
            variables.put("jobn", withLanguage);
            // A/80/590: jobnDT holds the date the job was processed, jobnDTDT both dates of the job line
            variables.put("jobnDT", withLanguage + "   " + processed);
            variables.put("jobnDTDT", withLanguage + "   " + processed + "   " + released);
            variables.put("JobNo", job.jobNo(masthead.versionLanguage()));
            if (!job.barcode().isEmpty()) {
                variables.put("Barcode", job.barcode());
            }
        });
        nonEmpty(details.titleBlock().title()).ifPresent(v -> variables.put("Title1", v));
        nonEmpty(details.meetingInfo().sessionLine()).ifPresent(v -> variables.put("Session1", v));
        nonEmpty(details.titleBlock().agendaItemLine()).ifPresent(v -> variables.put("Agenda1", v));
        nonEmpty(details.titleBlock().agendaItemTitle()).ifPresent(v -> variables.put(AGENDA_TITLE, v));
        return variables;
    }

    private static Optional<String> nonEmpty(String value) {
        String cleaned = DocxText.clean(value).strip();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }
}
