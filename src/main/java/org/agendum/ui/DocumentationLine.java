package org.agendum.ui;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/** One entry of a Documentation list as segments: the description, then the symbol in brackets, linked to ODS. */
final class DocumentationLine {
    private DocumentationLine() {
    }

    static List<Segment> segments(DocumentationEntry entry) {
        List<Segment> out = new ArrayList<>();
        String description = entry.description().strip();
        String symbol = entry.symbol().strip();
        if (!description.isEmpty()) {
            out.add(Segment.of(TextRun.plain(symbol.isEmpty() ? description : description + " (")));
        }
        if (!symbol.isEmpty()) {
            TextStyle style = DocumentSymbol.isWellFormed(symbol)
                    ? TextStyle.link(DocumentSymbol.odsAddress(symbol)) : TextStyle.PLAIN;
            out.add(Segment.of(new TextRun(symbol, style)));
            if (!description.isEmpty()) {
                out.add(Segment.of(TextRun.plain(")")));
            }
        }
        return out;
    }
}
