package org.agendum.ui.common;

import javafx.scene.input.DataFormat;
import org.agendum.file.ItemsClipboardFormat;

/**
 * The window's own clipboard and drag-and-drop formats. A {@link DataFormat} may be created only once per MIME
 * type and program, so each is created here, once.
 */
public final class AgendumDataFormats {
    /** What a drag in the agenda tree carries: the dragged item's id (the item itself stays in the meeting). */
    public static final DataFormat ITEM_ID = of("application/x-agendum-item-id");
    /** What a drag in the organization of work carries: the dragged entry's id. */
    public static final DataFormat ENTRY_ID = of("application/x-agendum-entry-id");
    /** Copied items with their sub-items and annotations ({@link ItemsClipboardFormat}). */
    public static final DataFormat ITEMS = of(ItemsClipboardFormat.MIME_TYPE);

    private AgendumDataFormats() {
    }

    private static DataFormat of(String mimeType) {
        DataFormat existing = DataFormat.lookupMimeType(mimeType);
        return existing != null ? existing : new DataFormat(mimeType);
    }
}
