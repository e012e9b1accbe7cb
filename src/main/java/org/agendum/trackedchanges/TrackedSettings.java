package org.agendum.trackedchanges;

import java.io.IOException;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The settings of the tracked document: Track Changes on ({@code w:trackRevisions}), so the officer's further edits
 * in Word are tracked too, as a revised text must show every change. The element goes where the schema's sequence
 * of {@code CT_Settings} puts it, after the settings that come before it and before all others.
 */
final class TrackedSettings {
    static final String SETTINGS = "word/settings.xml";
    static final String TRACK_REVISIONS = "trackRevisions";

    /** The elements {@code CT_Settings} has before {@code w:trackRevisions}, in its order (ECMA-376, wml.xsd). */
    private static final List<String> BEFORE = List.of("writeProtection", "view", "zoom",
            "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries", "displayBackgroundShape",
            "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
            "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
            "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors",
            "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate",
            "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
            "revisionView");

    private TrackedSettings() {
    }

    static void trackRevisions(DocxParts parts) throws IOException {
        if (!parts.has(SETTINGS)) {
            return; // the export always writes one; a document without settings is left as it is
        }
        Document settings = WordXml.parse(parts.get(SETTINGS));
        Element root = settings.getDocumentElement();
        if (WordXml.child(root, TRACK_REVISIONS) != null) {
            return;
        }
        Node before = WordXml.children(root).stream()
                .filter(setting -> !WordXml.W.equals(setting.getNamespaceURI())
                        || !BEFORE.contains(setting.getLocalName()))
                .findFirst().orElse(null);
        root.insertBefore(WordXml.element(settings, TRACK_REVISIONS), before);
        parts.put(SETTINGS, WordXml.write(settings));
    }
}
