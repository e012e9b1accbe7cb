package org.agendum.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.agendum.model.Meeting;
import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * An exported document read back with POI, as lines of text the way a reader meets them: tables row by
 * row with their cells separated by tabs, a cell's paragraphs joined by a space.
 */
final class ExportedDocument implements AutoCloseable {
    private static final Set<String> HEADING_STYLES = Set.of(UnStyles.TITLE_HCH, UnStyles.HCH, UnStyles.H1,
            UnStyles.H23, UnStyles.H4, UnStyles.H56);

    final byte[] bytes;
    final XWPFDocument document;

    private ExportedDocument(byte[] bytes) {
        this.bytes = bytes;
        try {
            this.document = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExportedDocument of(Meeting meeting) {
        return of(meeting, ExportOptions.DEFAULT);
    }

    static ExportedDocument of(Meeting meeting, ExportOptions options) {
        try {
            return new ExportedDocument(WordExport.toBytes(meeting, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExportedDocument read(byte[] bytes) {
        return new ExportedDocument(bytes);
    }

    XWPFHeaderFooterPolicy policy() {
        return new XWPFHeaderFooterPolicy(document);
    }

    XWPFHeader firstHeader() {
        return policy().getFirstPageHeader();
    }

    XWPFHeader oddHeader() {
        return policy().getDefaultHeader();
    }

    XWPFHeader evenHeader() {
        return policy().getEvenPageHeader();
    }

    XWPFFooter firstFooter() {
        return policy().getFirstPageFooter();
    }

    XWPFFooter oddFooter() {
        return policy().getDefaultFooter();
    }

    XWPFFooter evenFooter() {
        return policy().getEvenPageFooter();
    }

    List<String> bodyLines() {
        return lines(document.getBodyElements());
    }

    static List<String> lines(XWPFHeaderFooter part) {
        return part == null ? List.of() : lines(part.getBodyElements());
    }

    List<String> footnoteLines() {
        List<String> out = new ArrayList<>();
        for (XWPFFootnote note : document.getFootnotes()) {
            if (note.getCTFtnEdn().getId().intValue() > 0) {
                out.addAll(lines(note.getBodyElements()));
            }
        }
        return out;
    }

    /**
     * Everything a reader sees, in reading order: the masthead, the body, the footnotes, then the furniture
     * of the first and the later pages.
     */
    List<String> allLines() {
        List<String> out = new ArrayList<>(lines(firstHeader()));
        out.addAll(bodyLines());
        out.addAll(footnoteLines());
        out.addAll(lines(firstFooter()));
        out.addAll(lines(oddHeader()));
        out.addAll(lines(evenHeader()));
        out.addAll(lines(oddFooter()));
        out.addAll(lines(evenFooter()));
        return out;
    }

    /** The body's lines that have text: spacers and empty lines left out. */
    List<String> textLines() {
        return bodyLines().stream().filter(line -> !line.isBlank()).toList();
    }

    /** The text of the body's headings (title, parts, items, "Documentation", annex), in order. */
    List<String> headings() {
        return document.getParagraphs().stream().filter(p -> HEADING_STYLES.contains(p.getStyleID()))
                .map(ExportedDocument::text).toList();
    }

    /** The body's paragraph that reads {@code text}. */
    XWPFParagraph paragraph(String text) {
        return document.getParagraphs().stream().filter(p -> text(p).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    List<XWPFTable> bodyTables() {
        return document.getTables();
    }

    /** The annex's table as rows of cell texts. */
    static List<List<String>> cells(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(ExportedDocument::cellText).toList());
        }
        return rows;
    }

    static String cellText(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(ExportedDocument::text).filter(t -> !t.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static List<String> lines(List<IBodyElement> elements) {
        List<String> out = new ArrayList<>();
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                out.add(text(paragraph));
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    out.add(row.getTableCells().stream().map(ExportedDocument::cellText)
                            .collect(Collectors.joining("\t")));
                }
            }
        }
        return out;
    }

    /** The paragraph's own text: runs, links and field results, without POI's inlined footnote texts. */
    static String text(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (IRunElement run : paragraph.getIRuns()) {
            if (run instanceof XWPFRun r && r.getCTR().sizeOfFootnoteReferenceArray() > 0) {
                // a reader sees the note's number, not POI's "[footnoteRef:1]"; a note with its own mark ("*")
                // shows the mark, which is the next run
                r.getCTR().getFootnoteReferenceList().stream().filter(ref -> !ownMark(ref))
                        .forEach(ref -> out.append(shownNumber(paragraph, ref)));
            } else if (run instanceof XWPFRun r) {
                out.append(r.text());
            } else if (run instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            }
        }
        return out.toString();
    }

    /**
     * The number Word and LibreOffice show for a numbered note: its place among the body's references that
     * have no mark of their own, in order (the id is only a name; it is the number when no note has a mark).
     */
    static int shownNumber(XWPFParagraph paragraph, CTFtnEdnRef reference) {
        int number = 0;
        for (XWPFParagraph p : paragraph.getDocument().getParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                    if (!ownMark(ref)) {
                        number++;
                        if (ref.getId().equals(reference.getId())) {
                            return number;
                        }
                    }
                }
            }
        }
        return reference.getId().intValue();
    }

    /** A reference whose mark is the run after it ({@code w:customMarkFollows}), not a number. */
    static boolean ownMark(CTFtnEdnRef reference) {
        return reference.isSetCustomMarkFollows() && POIXMLUnits.parseOnOff(reference.xgetCustomMarkFollows());
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
