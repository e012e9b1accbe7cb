package org.agendum.docx;

import java.io.IOException;

/** Crafted pictures for tests outside this package. */
public final class EmblemImageTestSupport {
    private EmblemImageTestSupport() {
    }

    /** A PNG signature and header claiming width × height, with no picture data. */
    public static byte[] pngHeader(int width, int height) throws IOException {
        return EmblemImageTest.pngHeader(width, height);
    }
}
