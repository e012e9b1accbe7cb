package org.agendum.importing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agendum.importing.source.ImportException;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceFiles;
import org.agendum.importing.text.PrintedText;
import org.agendum.importing.text.TextSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text of a PDF in reading order, page by page and line by line with what the print shows of each line
 * (space above it, bold, links: {@link ParagraphStarts}, {@link LinkAreas}), for the text import to clean and
 * recognize. The work is bounded before it starts: the file's size, the number of pages, the bytes of drawing
 * instructions the pages unpack to, the memory PDFBox may use for streams, and the characters of text.
 */
public final class PdfSource {
    static final int MAX_PAGES = 400;
    static final long MAX_CONTENT_BYTES = 256L * 1024 * 1024;
    static final long MAX_STREAM_MEMORY = 256L * 1024 * 1024;
    static final int MAX_CHARACTERS = 20_000_000;

    private PdfSource() {
    }

    /** The PDF as a document for the recognizer: its printed text read as {@link TextSource} reads text. */
    public static SourceDocument read(byte[] bytes, String name) throws ImportException {
        return TextSource.read(extract(bytes), name);
    }

    /** The characters alone, pages separated by "\f". */
    public static String extractText(Path file) throws ImportException {
        return extract(SourceFiles.read(file)).text();
    }

    public static String extractText(byte[] bytes) throws ImportException {
        return extract(bytes).text();
    }

    static PrintedText extract(byte[] bytes) throws ImportException {
        if (!isPdf(SourceFiles.check(bytes))) {
            throw new ImportException("The file is not a PDF: it does not start as one; import a PDF, a Word "
                    + "document or text.");
        }
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_MEMORY).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new ImportException(String.format(Locale.ROOT, "The PDF has %,d pages; Agendum imports "
                        + "documents of at most %d pages (an agenda is rarely longer than 50).", pages, MAX_PAGES));
            }
            if (pages == 0) {
                throw new ImportException("The PDF has no pages: there is nothing to import.");
            }
            checkContentSize(document);
            PrintedText text = text(document);
            if (text.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new ImportException(hasImages(document)
                        ? "The PDF has no text to read: it looks like a scanned image; open it in a program that "
                        + "recognizes text (OCR), save the text, and import that."
                        : "The PDF has no text to read: its pages hold no letters or digits.");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ImportException("The PDF is protected by a password; open it, save a copy without the "
                    + "password, and import that.", e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException("The PDF is damaged and cannot be read; open it in a PDF viewer, save or "
                    + "print it to a new PDF, and import that.", e);
        }
    }

    static boolean isPdf(byte[] bytes) {
        // the header may follow some junk, within the first kilobyte (as readers accept it)
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * Unpacks every page's drawing instructions once, counting, before the text is extracted: a page that
     * inflates to gigabytes (a PDF "bomb") is refused after the limit's worth of work, not after hours.
     */
    private static void checkContentSize(PDDocument document) throws IOException, ImportException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (PDPage page : document.getPages()) {
            try (InputStream in = page.getContents()) {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    total += read;
                    if (total > MAX_CONTENT_BYTES) {
                        throw new ImportException("The PDF's pages unpack to more than "
                                + MAX_CONTENT_BYTES / (1024 * 1024) + " MB of drawing instructions (a damaged or "
                                + "hostile file); it cannot be imported.");
                    }
                }
            }
        }
    }

    private static PrintedText text(PDDocument document) throws IOException, ImportException {
        List<List<LaidLine>> pages = new ArrayList<>();
        long[] characters = {0};
        PageLines stripper = new PageLines(lines -> {
            List<LaidLine> page = ReadingOrder.page(lines, pages.isEmpty());
            for (LaidLine line : page) {
                characters[0] += line.text().length() + 1;
            }
            if (characters[0] > MAX_CHARACTERS) {
                throw new TooMuchText();
            }
            pages.add(page);
        });
        try {
            stripper.writeText(document, Writer.nullWriter());
        } catch (TooMuchText e) {
            throw new ImportException(String.format(Locale.ROOT, "The PDF holds more than %,d characters of text; "
                    + "Agendum imports documents of at most that much.", MAX_CHARACTERS));
        }
        return new PrintedText(ParagraphStarts.mark(pages), stripper.leftOut());
    }

    /** Thrown from inside the stripper, which lets only IOExceptions through, to stop at the text limit. */
    private static final class TooMuchText extends IOException {
        TooMuchText() {
            super("too much text");
        }
    }

    private static boolean hasImages(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
