package org.agendum.docx;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the export takes besides the meeting. The UN emblem: its use is restricted (General Assembly resolution
 * 92 (I)), so Agendum ships none; an officer whose office provides the emblem file points the preferences at it and
 * the masthead shows it. Without one the emblem's cell stays in the layout, empty. And, for a document reissued under
 * its own symbol for technical reasons, the day of the reissue: the masthead's symbol gets its asterisk and page 1
 * the note "* Reissued for technical reasons on …" (docs/export.md). It is the document's, not the meeting's: the
 * next revision or plain export has neither.
 *
 * @param emblemImage a PNG, JPEG or GIF picture, or null for none
 * @param reissueDate the day the document is reissued for technical reasons, or null when it is not
 */
public record ExportOptions(Path emblemImage, LocalDate reissueDate) {
    public static final ExportOptions DEFAULT = new ExportOptions(null, null);

    public ExportOptions(Path emblemImage) {
        this(emblemImage, null);
    }

    public Optional<Path> emblem() {
        return Optional.ofNullable(emblemImage);
    }

    public Optional<LocalDate> reissue() {
        return Optional.ofNullable(reissueDate);
    }

    public ExportOptions withEmblemImage(Path image) {
        return new ExportOptions(image, reissueDate);
    }

    public ExportOptions reissuedOn(LocalDate date) {
        return new ExportOptions(emblemImage, date);
    }
}
