package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.Meeting;
import org.agendum.testing.MeetingArbitraries;
import org.agendum.typography.Quotes;

/**
 * Whatever an officer typed or pasted (every script of the six languages, emoji, control characters, dates
 * in the wrong order, meetings that end before they start, links that are no addresses, entries whose item
 * was deleted), the export gives a file that opens and shows every item's title.
 */
class WordExportPropertyTest {

    @Property(tries = 100)
    void everyMeetingExportsToAFileThatOpensWithEveryItemTitle(@ForAll("meetings") Meeting meeting) throws Exception {
        byte[] bytes = WordExport.toBytes(meeting, ExportOptions.DEFAULT);

        try (ExportedDocument exported = ExportedDocument.read(bytes)) {
            String text = visible(String.join(" ", exported.allLines()));
            for (AgendaItem item : meeting.agenda().allItems()) {
                // as a reader sees it: without final punctuation, with curly quotes
                String title = Quotes.curly(visible(AgendaPunctuation.heading(visible(item.title()))));
                assertThat(text).as("the title %s", title).contains(title);
            }
        }
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return MeetingArbitraries.meetings();
    }

    /**
     * Text as a reader sees it: characters XML cannot hold are gone (they cannot be stored in any Word file),
     * line breaks and tabs are spaces, runs of spaces are one.
     */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                out.append(' ');
            } else if (cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll(" +", " ").strip();
    }
}
