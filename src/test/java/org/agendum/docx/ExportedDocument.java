package org.agendum.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.agendum.model.Meeting;
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

/**
 * An exported document read back with POI, as lines of text the way a reader meets them: tables row by
 * row with their cells separated by tabs, a cell's paragraphs joined by a space.
 */
final class ExportedDocument implements AutoCloseable {
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
                // a reader sees the note's number, not POI's "[footnoteRef:1]"
                r.getCTR().getFootnoteReferenceList().forEach(ref -> out.append(ref.getId()));
            } else if (run instanceof XWPFRun r) {
                out.append(r.text());
            } else if (run instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            }
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
