package org.agendum.docx;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An emblem picture read with exactly the export's bounds and checks (ordinary file, 5 MB, 10,000 pixels, PNG, JPEG
 * or GIF), for the window: a picture it accepts is one the export takes, and its refusal is the export's sentence.
 * It also says how the masthead fits the picture into the emblem's box, so that a preview can draw it alike.
 */
public final class EmblemPicture {
    private final Path file;
    private final EmblemImage image;

    private EmblemPicture(Path file, EmblemImage image) {
        this.file = file;
        this.image = image;
    }

    /**
     * @throws EmblemImageException with the sentence the export would give ("The emblem picture … does not exist.")
     */
    public static EmblemPicture read(Path file) throws EmblemImageException {
        Objects.requireNonNull(file, "file");
        return new EmblemPicture(file, EmblemImage.read(file));
    }

    public Path file() {
        return file;
    }

    /** The picture's bytes as read (never more than 5 MB), for drawing it. */
    public InputStream open() {
        return new ByteArrayInputStream(image.bytes());
    }

    public int widthPixels() {
        return image.widthPixels();
    }

    public int heightPixels() {
        return image.heightPixels();
    }

    /** The share of the emblem box's width (1.98 cm) the picture takes in the masthead, up to 1. */
    public double widthInBox() {
        return (double) image.widthEmu() / EmblemImage.BOX_WIDTH_EMU;
    }

    /** The share of the emblem box's height (1.66 cm) the picture takes in the masthead, up to 1. */
    public double heightInBox() {
        return (double) image.heightEmu() / EmblemImage.BOX_HEIGHT_EMU;
    }
}
