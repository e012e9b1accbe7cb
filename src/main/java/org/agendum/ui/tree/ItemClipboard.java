package org.agendum.ui.tree;

import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.agendum.file.ItemsClipboardFormat;
import org.agendum.file.MeetingFileException;
import org.agendum.gesture.ItemsText;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.ui.common.AgendumDataFormats;

/**
 * Agenda items on the system clipboard, so that they can be pasted into another meeting, in this window or in
 * another Agendum: the items as JSON ({@link AgendumDataFormats#ITEMS}) and, for other programs, their numbered
 * titles as plain text.
 */
public final class ItemClipboard {
    private final Clipboard clipboard;

    public ItemClipboard(Clipboard clipboard) {
        this.clipboard = clipboard;
    }

    /** Puts the items, copied from {@code agenda} (which numbers them in the plain text). */
    public void put(Agenda agenda, List<AgendaItem> items) {
        ClipboardContent content = new ClipboardContent();
        content.put(AgendumDataFormats.ITEMS, ItemsClipboardFormat.write(items));
        content.putString(ItemsText.of(agenda, items));
        clipboard.setContent(content);
    }

    public boolean hasItems() {
        return clipboard.hasContent(AgendumDataFormats.ITEMS);
    }

    /** The items on the clipboard; empty when there are none. */
    public List<AgendaItem> items() throws MeetingFileException {
        Object content = clipboard.getContent(AgendumDataFormats.ITEMS);
        if (content instanceof String text) {
            return ItemsClipboardFormat.read(text);
        }
        return List.of();
    }
}
