package org.agendum.docx;

import org.agendum.typography.LanguageNumbering;

/**
 * The headings of the document's parts, "Provisional agenda" and "Annotations", in HCh. In the form with
 * numbered parts they are chapter headings, "I.<tab>Provisional agenda" and "II.<tab>Annotations", the number
 * at the right tab at 1022 and the text at 1267 as DGACM's chapter headings (docs/un-format.md §3.3); the
 * numbers count the parts printed, so a part left out leaves no gap.
 */
final class PartHeadings {
    private final BodyFlow body;
    private final boolean numbered;
    private final LanguageNumbering numbering;
    private int written;

    PartHeadings(BodyFlow body, boolean numbered, LanguageNumbering numbering) {
        this.body = body;
        this.numbered = numbered;
        this.numbering = numbering;
    }

    /** The next part's heading, numbered in the version's chapter numbers ("I.", "一.", "أولا -") when numbered. */
    void write(String text) {
        written++;
        body.numberedHeading(UnStyles.HCH, 2, numbered ? numbering.chapter(written) : "", text);
    }
}
