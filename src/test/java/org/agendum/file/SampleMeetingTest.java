package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.Day;
import org.agendum.model.Distribution;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingSlot;
import org.agendum.model.Paragraph;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.junit.jupiter.api.Test;

/** The built-in sample says what the real document CTOC/COP/WG.4/2018/1 says, word for word. */
class SampleMeetingTest {
    private static final Pattern HEADING = Pattern.compile("^(\\d+\\.|\\([a-z]+\\)) .+");
    private static final Pattern WEEKDAY = Pattern.compile("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), .+");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");

    private final Meeting sample = SampleMeeting.load();
    private final List<String> reference = referenceLines();

    @Test
    void theDetailsAreThoseOfTheDocument() {
        assertThat(sample.details()).isEqualTo(MeetingDetails.builder()
                .bodyName("Conference of the Parties to the United Nations Convention against Transnational Organized "
                        + "Crime")
                .symbol("CTOC/COP/WG.4/2018/1").distribution(Distribution.GENERAL).issueDate(LocalDate.of(2018, 4, 9))
                .originalLanguage(Language.ENGLISH).versionLanguage(Language.ENGLISH).languageCoverage("")
                .meetingName("Working Group on Trafficking in Persons").sessionLine("").venue("Vienna")
                .dates(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 3))
                .agendaItemLine("").title("Annotated provisional agenda")
                .dutyStation(DutyStation.VIENNA).jobNumber("")
                .build());
        assertThat(reference).contains(sample.details().masthead().bodyName(), "Annotated provisional agenda",
                "Working Group on Trafficking in Persons Vienna, 2 and 3 July 2018", "9 April 2018");
    }

    @Test
    void theProvisionalAgendaListsTheSameItems() {
        List<String> expected = section("Provisional agenda", "Annotations").stream()
                .map(line -> line.startsWith("- ") ? line.substring(2) : line).toList();

        List<String> actual = AgendaPunctuation.listEntries(sample.agenda()).stream()
                .map(entry -> entry.numbered().listLabel() + " " + entry.text()).toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void titlesHaveNoFinalPunctuationAndReadableIds() {
        assertThat(sample.agenda().allItems()).extracting(AgendaItem::title)
                .allSatisfy(title -> assertThat(title).doesNotEndWith(".").doesNotEndWith(";").doesNotEndWith(":"));
        assertThat(sample.agenda().numbered()).extracting(n -> n.item().id().value())
                .containsExactly("item-1", "item-1a", "item-1b", "item-2", "item-3", "item-4", "item-5");
    }

    @Test
    void everyAnnotationParagraphIsInTheSampleInOrder() {
        List<String> expected = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        readAnnotations(expected, headings, new ArrayList<>());

        List<String> actual = sample.agenda().allItems().stream()
                .flatMap(item -> item.annotation().paragraphs().stream())
                .map(p -> normalised(p.plainText())).toList();

        assertThat(expected).hasSize(12);
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(sample.agenda().numbered()).extracting(n -> n.listLabel() + " " + n.item().title())
                .containsExactlyElementsOf(headings);
    }

    @Test
    void theSymbolCitedInItem3IsALinkToItsOdsAddress() {
        Paragraph paragraph = sample.agenda().get(new org.agendum.model.ItemId("item-3")).annotation().paragraphs().get(2);

        assertThat(paragraph.inlines()).contains(new TextRun("CTOC/COP/WG.4/2017/3",
                TextStyle.link("https://docs.un.org/en/CTOC/COP/WG.4/2017/3")));
        assertThat(paragraph.plainText()).contains("in accordance with Conference resolution 8/2 (see "
                + "CTOC/COP/WG.4/2017/3). The comments");
    }

    @Test
    void bothDocumentationListsMatchTheDocument() {
        List<String> expected = new ArrayList<>();
        readAnnotations(new ArrayList<>(), new ArrayList<>(), expected);

        List<String> actual = sample.agenda().allItems().stream()
                .flatMap(item -> item.documentation().stream())
                .map(doc -> doc.description() + " (" + doc.symbol() + ")").toList();

        assertThat(expected).hasSize(2);
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(sample.agenda().allItems().stream().flatMap(i -> i.documentation().stream())
                .map(DocumentationEntry::symbol)).containsExactly("CTOC/COP/WG.4/2018/2", "CTOC/COP/WG.4/2018/CRP.1");
    }

    @Test
    void theOrganizationOfWorkGivesTheRowsOfTheAnnex() {
        List<String> expected = new ArrayList<>();
        String day = null;
        String time = null;
        for (String line : section("Proposed organization of work", null)) {
            String[] cells = line.replaceAll("</?i>", "").split("\t", -1);
            String first = cells.length > 0 ? cells[0].strip() : "";
            String second = cells.length > 1 ? cells[1].strip() : "";
            String third = cells.length > 2 ? cells[2].strip() : "";
            if (first.equals("Date and time")) {
                continue;
            }
            if (WEEKDAY.matcher(first).matches() || WEEKDAY.matcher(second).matches()) {
                day = WEEKDAY.matcher(first).matches() ? first : second;
                continue;
            }
            time = first.isEmpty() ? time : first;
            expected.add(day + " | " + time + " | " + second + " | " + third);
        }

        Agenda agenda = sample.agenda();
        Set<EntryId> continued = sample.organization().continuations();
        List<String> actual = new ArrayList<>();
        for (Day d : sample.organization().days()) {
            for (MeetingSlot slot : d.meetings()) {
                for (ScheduleEntry entry : slot.entries()) {
                    ItemEntry item = (ItemEntry) entry;
                    Agenda.NumberedItem numbered = agenda.numbered(item.item()).orElseThrow();
                    actual.add(d.date().format(DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.ENGLISH)) + " | "
                            + times(slot.start(), slot.end()) + " | " + numbered.reference() + " | "
                            + numbered.item().title() + (continued.contains(entry.id()) ? " (continued)" : ""));
                }
            }
        }

        assertThat(expected).hasSize(8);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void theResourceIsInCanonicalForm() throws Exception {
        byte[] resource = SampleMeeting.resourceBytes();

        assertThat(MeetingFiles.write(MeetingFiles.read(resource, "sample"))).isEqualTo(resource);
        assertThat(MeetingFiles.write(SampleMeeting.load())).isEqualTo(resource);
        assertThat(SampleMeeting.load()).isSameAs(SampleMeeting.load());
    }

    /** Paragraphs, headings and Documentation lines of the Annotations section, in order. */
    private void readAnnotations(List<String> paragraphs, List<String> headings, List<String> documents) {
        boolean documentationNext = false;
        StringBuilder pending = null;
        for (String raw : section("Annotations", "Annex")) {
            String line = MARKDOWN_LINK.matcher(raw).replaceAll("$1");
            if (line.equals("Documentation")) {
                documentationNext = true;
            } else if (documentationNext) {
                documents.add(line);
                documentationNext = false;
            } else if (pending == null && HEADING.matcher(line).matches()) {
                headings.add(line);
            } else {
                // the extraction breaks a paragraph at a page end: a line that stops mid-sentence goes on below
                pending = pending == null ? new StringBuilder(line) : pending.append(' ').append(line);
                if (line.matches(".*[.:;!?”)]$")) {
                    paragraphs.add(normalised(pending.toString()));
                    pending = null;
                }
            }
        }
        assertThat(pending).as("an unfinished paragraph").isNull();
    }

    /** The stripped, non-blank lines after the line {@code from} up to the line {@code to} (or the end). */
    private List<String> section(String from, String to) {
        int start = reference.indexOf(from);
        int end = to == null ? reference.size() : reference.indexOf(to);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return reference.subList(start + 1, end).stream().filter(line -> !line.isBlank())
                .map(line -> to == null ? line : line.strip()).toList();
    }

    /** "10 a.m.–1 p.m.", "3–6 p.m.": the annex's form of a meeting's times. */
    private static String times(LocalTime start, LocalTime end) {
        String from = start.getHour() < 12 ? "a.m." : "p.m.";
        String until = end.getHour() < 12 ? "a.m." : "p.m.";
        return from.equals(until) ? clock(start) + "–" + clock(end) + " " + until
                : clock(start) + " " + from + "–" + clock(end) + " " + until;
    }

    private static String clock(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return time.getMinute() == 0 ? Integer.toString(hour) : hour + "." + String.format("%02d", time.getMinute());
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * The reference text: the copy in the test resources where the project keeps one, otherwise the shared
     * reference folder next to the project (../shared, as on every developer's machine and in CI).
     */
    private static List<String> referenceLines() {
        try (InputStream in = SampleMeetingTest.class.getResourceAsStream("/reference/CTOC_COP_WG.4_2018_1.txt")) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            Path shared = Path.of("..", "shared", "reference", "CTOC_COP_WG.4_2018_1.txt");
            assertThat(shared).as("the reference document").exists();
            return Files.readAllLines(shared, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
