package org.agendum.docx;

import java.util.Map;
import org.agendum.model.MeetingDetails;

/**
 * The document's settings, word/settings.xml, as a UN template has them: the default tab stop of 475, different
 * headers on even and odd pages, Word 2013+ layout, the footnote separators when there are footnotes, and the
 * template's document variables ({@link DocumentProperties#variables}), which the running headers and footers
 * show through DOCVARIABLE fields.
 */
final class SettingsPart {
    static final String NAME = "word/settings.xml";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";

    private SettingsPart() {
    }

    /** @param footnotes whether the document has footnotes, whose separators (ids -1 and 0) the settings name */
    static void write(WordPackage word, MeetingDetails details, boolean footnotes) {
        try (XmlWriter xml = word.xmlPart(NAME, CONTENT_TYPE)) {
            xml.start("w:settings").attribute("xmlns:w", WordNamespaces.W);
            xml.empty("w:defaultTabStop", "w:val", UnStyles.DEFAULT_TAB_STOP);
            xml.empty("w:evenAndOddHeaders");
            if (footnotes) {
                xml.start("w:footnotePr").empty("w:footnote", "w:id", -1).empty("w:footnote", "w:id", 0).end();
            }
            xml.start("w:compat").start("w:compatSetting").attribute("w:name", "compatibilityMode")
                    .attribute("w:uri", "http://schemas.microsoft.com/office/word").attribute("w:val", "15")
                    .end().end();
            xml.start("w:docVars");
            for (Map.Entry<String, String> variable : DocumentProperties.variables(details).entrySet()) {
                xml.start("w:docVar").attribute("w:name", variable.getKey()).attribute("w:val", variable.getValue())
                        .end();
            }
            xml.end().end();
        }
    }
}
