package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.OrganizationOfWork;
import org.agendum.testing.MeetingArbitraries;
import org.agendum.testing.SixLanguages;
import org.agendum.typography.Quotes;

/**
 * Whatever an officer typed or pasted (every script of the six languages, emoji, control characters, dates
 * in the wrong order, meetings that end before they start, links that are no addresses, entries whose item
 * was deleted), and however far the agenda goes (items 16 levels deep, titles of thousands of characters, nothing
 * filled in), the export gives a file that opens again and shows every item's title (in a form without the list, the
 * heading of every item the annotations print).
 */
class WordExportPropertyTest {
    /** For the figures printed at the end: what the meetings at the edges reached. */
    private static int edgeMeetings;
    private static int deepestLevels;
    private static int longestTitle;
    private static int itemsChecked;

    @Property(tries = 100)
    void everyMeetingExportsToAFileThatOpensWithEveryItemTitle(@ForAll("meetings") Meeting meeting) throws Exception {
        assertEveryTitleInTheExport(meeting);
    }

    @Property(tries = 25)
    void meetingsAtTheEdgesExportToAFileThatOpensWithEveryItemTitle(@ForAll("meetingsAtTheEdges") Meeting meeting)
            throws Exception {
        assertEveryTitleInTheExport(meeting);
        synchronized (WordExportPropertyTest.class) {
            edgeMeetings++;
            deepestLevels = Math.max(deepestLevels, levels(meeting.agenda().items()));
            for (AgendaItem item : meeting.agenda().allItems()) {
                longestTitle = Math.max(longestTitle, item.title().length());
            }
            itemsChecked += meeting.agenda().allItems().size();
        }
    }

    /**
     * All at once, whatever the generator happens to draw: a title in each of the six languages, a chain of items as
     * deep as the format allows, a title of 100,000 characters, and nothing else filled in.
     */
    @Example
    void sixLanguagesFullDepthAHugeTitleAndEmptyDetails() throws Exception {
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < SixLanguages.TITLES.size(); i++) {
            items.add(AgendaItem.of(new ItemId("language-" + i), SixLanguages.TITLES.get(i)));
        }
        AgendaItem chain = AgendaItem.of(new ItemId("level-16"), "Level 16 " + SixLanguages.CHINESE);
        for (int level = Agenda.MAX_DEPTH - 1; level >= 1; level--) {
            chain = AgendaItem.of(new ItemId("level-" + level), "Level " + level + " " + SixLanguages.TITLES.get(
                    level % SixLanguages.TITLES.size())).withSubItems(List.of(chain));
        }
        items.add(chain);
        items.add(AgendaItem.of(new ItemId("huge"), SixLanguages.text(100_000, 2018)));
        items.add(AgendaItem.of(new ItemId("empty"), ""));
        Meeting blank = Meeting.blank(LocalDate.of(2018, 7, 2));
        Meeting meeting = new Meeting(blank.details().toBuilder().venue("").title("").build(), new Agenda(items),
                OrganizationOfWork.EMPTY);
        assertThat(levels(meeting.agenda().items())).isEqualTo(Agenda.MAX_DEPTH);

        assertEveryTitleInTheExport(meeting);
    }

    @AfterContainer
    static void report() {
        System.out.printf("RELIABILITY: export: %d generated meetings at the edges (%d items, up to %d levels deep, "
                + "titles up to %,d characters, empty fields, the six languages' scripts) and one with all of it "
                + "(16 levels, a 100,000-character title, a title in each language): every .docx opens again in POI "
                + "with every item title%n", edgeMeetings, itemsChecked, deepestLevels, longestTitle);
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return MeetingArbitraries.meetings();
    }

    @Provide
    Arbitrary<Meeting> meetingsAtTheEdges() {
        return MeetingArbitraries.meetingsAtTheEdges();
    }

    private static void assertEveryTitleInTheExport(Meeting meeting) throws Exception {
        byte[] bytes = WordExport.toBytes(meeting, ExportOptions.DEFAULT);

        try (ExportedDocument exported = ExportedDocument.read(bytes)) {
            String text = visible(String.join(" ", exported.allLines()));
            for (String shown : shownTitles(meeting)) {
                // as a reader sees it: without final punctuation, with curly quotes
                String title = Quotes.curly(visible(AgendaPunctuation.heading(visible(shown))));
                assertThat(text.contains(title)).as("the title %s", title.length() > 200
                        ? title.substring(0, 200) + "… (" + title.length() + " characters)" : title).isTrue();
            }
        }
    }

    /**
     * Each item's title as the document shows it: in the list when the form prints one; in a form without the list
     * (annotations alone) only the items the annotations print, under their own heading where they have one.
     */
    private static List<String> shownTitles(Meeting meeting) {
        var form = meeting.details().form();
        if (form.layout().printsList()) {
            return meeting.agenda().allItems().stream().map(AgendaItem::title).toList();
        }
        return AnnotationsWriter.printed(meeting.agenda().numbered(), form.emptyAnnotations()).stream()
                .map(numbered -> numbered.item().annotationHeading()).toList();
    }

    private static int levels(List<AgendaItem> items) {
        int deepest = 0;
        for (AgendaItem item : items) {
            deepest = Math.max(deepest, 1 + levels(item.subItems()));
        }
        return deepest;
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
