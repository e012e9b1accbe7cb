package org.agendum.docx;

/**
 * Word fields written as A/80/590 writes them: begin, code, separate, result, end, each a run with the same
 * formatting. The result is the value a reader that does not update fields shows; page numbers have none, since
 * the page count is only known once a word processor lays the document out.
 */
final class Fields {
    static final String PAGE = " PAGE  \\* Arabic  \\* MERGEFORMAT ";
    static final String NUMPAGES = " NUMPAGES  \\* Arabic  \\* MERGEFORMAT ";

    private Fields() {
    }

    /** {@code DOCVARIABLE "name"}: the template's way to repeat the symbol and job number in headers and footers. */
    static String docVariable(String name) {
        return " DOCVARIABLE \"" + name + "\" \\* MERGEFORMAT ";
    }

    /** @param result the value shown until the field is updated, or null for none */
    static void field(ContentWriter out, String code, String result, RunFormat format) {
        out.fieldCharacter("begin", format);
        out.fieldCode(code, format);
        if (result != null) {
            out.fieldCharacter("separate", format);
            out.plainText(DocxText.clean(result), format);
        }
        out.fieldCharacter("end", format);
    }
}
