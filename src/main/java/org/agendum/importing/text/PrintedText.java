package org.agendum.importing.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of a printed document page by page, each line with its look, and what the reader that took it out of
 * the print left out on the way (a link to an address that is not a web or e-mail address), for the import report.
 */
public record PrintedText(List<List<PrintedLine>> pages, List<String> leftOut) {
    public PrintedText {
        pages = pages.stream().map(List::copyOf).toList();
        leftOut = List.copyOf(leftOut);
    }

    /** The characters alone: lines separated by "\n", pages by "\f". */
    public String text() {
        return pages.stream().map(page -> page.stream().map(PrintedLine::text).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\f"));
    }
}
