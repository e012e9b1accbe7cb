package org.agendum.docx;

/**
 * The headings of the document's parts, "Provisional agenda" and "Annotations", in HCh. In the form with
 * numbered parts they are chapter headings, "I.<tab>Provisional agenda" and "II.<tab>Annotations", the number
 * at the right tab at 1022 and the text at 1267 as DGACM's chapter headings (docs/un-format.md §3.3); the
 * numbers count the parts printed, so a part left out leaves no gap.
 */
final class PartHeadings {
    private static final String[] ROMAN_TENS = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    private static final String[] ROMAN_UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    private final BodyFlow body;
    private final boolean numbered;
    private int written;

    PartHeadings(BodyFlow body, boolean numbered) {
        this.body = body;
        this.numbered = numbered;
    }

    void write(String text) {
        written++;
        body.numberedHeading(UnStyles.HCH, 2, numbered ? roman(written) + "." : "", text);
    }

    /** The chapter number in capitals: "I", "II" … "XCIX". */
    static String roman(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("part " + number);
        }
        return ROMAN_TENS[number / 10] + ROMAN_UNITS[number % 10];
    }
}
