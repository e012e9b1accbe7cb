package org.agendum.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The emblem picture the officer's preferences name, read and sized for the masthead: fitted into the
 * 1.98 × 1.66 cm box of A/80/590's emblem (713232 × 597103 EMU, confirmed), keeping its proportions.
 */
record EmblemImage(byte[] bytes, Format type, String fileName, int widthPixels, int heightPixels, int widthEmu,
        int heightEmu) {
    /** The picture formats the masthead takes, with the extension and content type of their part in the package. */
    enum Format {
        PNG("png", "image/png"), JPEG("jpeg", "image/jpeg"), GIF("gif", "image/gif");

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    static final int BOX_WIDTH_EMU = 713232;
    static final int BOX_HEIGHT_EMU = 597103;

    /** The largest emblem file read: a real emblem is a few hundred kilobytes. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** The largest width or height in pixels: the masthead shows the picture 2 cm wide. */
    static final int MAX_PIXELS = 10_000;

    static EmblemImage read(Path file) throws EmblemImageException {
        byte[] bytes;
        try {
            // a pipe would hang and a device never end: only an ordinary file, and only so much of it
            if (!Files.isRegularFile(file)) {
                if (!Files.exists(file)) {
                    throw new NoSuchFileException(file.toString());
                }
                throw new EmblemImageException("The emblem picture " + file
                        + " is not an ordinary file (a folder, device or pipe). Give a PNG, JPEG or GIF file.", null);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // bounded even if the file grows meanwhile
            }
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(file);
            }
        } catch (EmblemImageException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new EmblemImageException("The emblem picture " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new EmblemImageException("The emblem picture " + file + " could not be read: " + e.getMessage(), e);
        }
        Format type = typeOf(bytes);
        if (type == null) {
            throw new EmblemImageException("The emblem picture " + file + " is not a PNG, JPEG or GIF picture.", null);
        }
        int[] size = pixelSize(bytes);
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            throw new EmblemImageException("The emblem picture " + file + " is damaged: its size cannot be read.", null);
        }
        if (size[0] > MAX_PIXELS || size[1] > MAX_PIXELS) {
            throw new EmblemImageException("The emblem picture " + file + " claims to be " + size[0] + " × " + size[1]
                    + " pixels; an emblem must be at most " + MAX_PIXELS + " pixels each way.", null);
        }
        double scale = Math.min((double) BOX_WIDTH_EMU / size[0], (double) BOX_HEIGHT_EMU / size[1]);
        String name = file.getFileName() == null ? "emblem" : file.getFileName().toString();
        return new EmblemImage(bytes, type, name, size[0], size[1], (int) Math.round(size[0] * scale),
                (int) Math.round(size[1] * scale));
    }

    private static EmblemImageException tooLarge(Path file) {
        return new EmblemImageException("The emblem picture " + file + " is larger than " + MAX_BYTES / (1024 * 1024)
                + " MB; an emblem is a small picture.", null);
    }

    private static Format typeOf(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Format.PNG;
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return Format.JPEG;
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Format.GIF;
        }
        return null;
    }

    /** Width and height in pixels, read from the header without decoding the picture. */
    private static int[] pixelSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
