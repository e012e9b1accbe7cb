package org.agendum.importing.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * PDFs made with PDFBox in the tests: pages of text lines, a page laid out in fonts with links, scanned-looking pages,
 * protected ones.
 */
final class PdfFiles {
    private PdfFiles() {
    }

    /** One page per list of lines, each line at the left margin going down. */
    static byte[] text(List<List<String>> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            return bytes(document);
        }
    }

    /** Text in one font on a line, linked to {@code target} when it is not null. */
    record Run(String text, Standard14Fonts.FontName font, String target) {
        Run(String text, Standard14Fonts.FontName font) {
            this(text, font, null);
        }
    }

    /** A line of runs, {@code above} points below the line above it (a page's first line at the top margin). */
    record Line(float above, List<Run> runs) {
        Line(float above, Run... runs) {
            this(above, List.of(runs));
        }
    }

    /** One page of lines in 10-point letters, as a word processor sets them, with a link annotation over each link. */
    static byte[] laidOut(List<Line> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            float y = 720;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < lines.size(); i++) {
                    y -= i == 0 ? 0 : lines.get(i).above();
                    float x = 72;
                    for (Run run : lines.get(i).runs()) {
                        PDType1Font font = new PDType1Font(run.font());
                        float width = font.getStringWidth(run.text()) / 1000 * 10;
                        content.beginText();
                        content.setFont(font, 10);
                        content.newLineAtOffset(x, y);
                        content.showText(run.text());
                        content.endText();
                        if (run.target() != null) {
                            page.getAnnotations().add(link(x, y, width, run.target()));
                        }
                        x += width;
                    }
                }
            }
            return bytes(document);
        }
    }

    private static PDAnnotationLink link(float x, float baseline, float width, String target) {
        PDActionURI action = new PDActionURI();
        action.setURI(target);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, baseline - 3, width, 12));
        link.setAction(action);
        return link;
    }

    static byte[] blankPages(int count) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                document.addPage(new PDPage());
            }
            return bytes(document);
        }
    }

    /** A page that is only a picture, as a scanner makes it. */
    static byte[] scanned() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 0, 0, 612, 792);
            }
            return bytes(document);
        }
    }

    static byte[] protectedWithPassword() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            return protect(document, "user", new AccessPermission());
        }
    }

    /** Text under an owner password only: anyone may open it, and it says not to copy the text. */
    static byte[] protectedForEditingOnly(String line) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(text(List.of(List.of(line))))) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            return protect(document, "", permissions);
        }
    }

    /** A page whose drawing instructions are {@code size} bytes of spaces, compressed to a few hundred kilobytes. */
    static byte[] drawingBomb(long size) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            InputStream spaces = new InputStream() {
                private long left = size;

                @Override
                public int read() {
                    return left-- > 0 ? ' ' : -1;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    if (left <= 0) {
                        return -1;
                    }
                    int count = (int) Math.min(length, left);
                    Arrays.fill(buffer, offset, offset + count, (byte) ' ');
                    left -= count;
                    return count;
                }
            };
            page.setContents(new PDStream(document, spaces, COSName.FLATE_DECODE));
            return bytes(document);
        }
    }

    private static byte[] protect(PDDocument document, String userPassword, AccessPermission permissions)
            throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, permissions);
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
        return bytes(document);
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
