package org.agendum.docx;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Crafted pictures for tests outside this package. */
public final class EmblemImageTestSupport {
    private EmblemImageTestSupport() {
    }

    /** A PNG signature and header claiming width × height, with no picture data. */
    public static byte[] pngHeader(int width, int height) throws IOException {
        return EmblemImageTest.pngHeader(width, height);
    }

    /** A real PNG of width × height (a blue ring on white, a stand-in for the emblem) written to {@code file}. */
    public static Path writePng(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x2B5D9B));
        g.setStroke(new BasicStroke(Math.max(1, Math.min(width, height) / 30f)));
        g.drawOval(width / 10, height / 10, width * 8 / 10, height * 8 / 10);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
