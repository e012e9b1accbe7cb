package org.agendum.docx;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the export takes besides the meeting. For now only the UN emblem: its use is restricted (General
 * Assembly resolution 92 (I)), so Agendum ships none; an officer whose office provides the emblem file points
 * the preferences at it and the masthead shows it. Without one the emblem's cell stays in the layout, empty.
 *
 * @param emblemImage a PNG, JPEG or GIF picture, or null for none
 */
public record ExportOptions(Path emblemImage) {
    public static final ExportOptions DEFAULT = new ExportOptions(null);

    public Optional<Path> emblem() {
        return Optional.ofNullable(emblemImage);
    }

    public ExportOptions withEmblemImage(Path image) {
        return new ExportOptions(image);
    }
}
