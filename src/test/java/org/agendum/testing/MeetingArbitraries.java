package org.agendum.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.Distribution;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.DutyStation;
import org.agendum.model.EntryId;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.ItemMark;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.AgendaLayout;
import org.agendum.model.DocumentForm;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.ListEnd;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;

/**
 * jqwik generators of valid meetings for property tests in any package: agendas up to 4 levels deep and
 * about 30 items, annotations with every style, links, footnotes and subparagraph levels, Documentation
 * lists, and organizations of work whose entries are notes or items (now and then an item id that is not
 * in the agenda, which the model allows). Text mixes the scripts of the six UN languages (Latin with
 * accents, Cyrillic, Chinese, Arabic), curly quotes and dashes, emoji outside the Basic Multilingual Plane,
 * characters JSON must escape (quotes, backslashes, control characters), and the empty string. Meetings a document
 * can say, for the import's round trips, are {@link ImportableMeetings}.
 */
public final class MeetingArbitraries {
    private static final int MAX_ITEMS = 30;
    private static final int MAX_LEVEL = 3; // levels 0..3: four levels of items

    private MeetingArbitraries() {
    }

    public static Arbitrary<Meeting> meetings() {
        return Combinators.combine(details(), agendas())
                .as(Tuple::of)
                .flatMap(t -> organizations(t.get2()).map(work -> new Meeting(t.get1(), t.get2(), work)));
    }

    public static Arbitrary<RichText> richTexts() {
        return paragraphs().list().ofMaxSize(4).map(RichText::new);
    }

    /** Text in any of the UN languages' scripts, with emoji and characters JSON escapes; sometimes empty. */
    public static Arbitrary<String> texts() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.integers().between(0x20, 0x7E)), // ASCII, with " and \
                Tuple.of(6, Arbitraries.integers().between(0xC0, 0x17F)), // French, Spanish accents
                Tuple.of(8, Arbitraries.integers().between(0x0410, 0x044F)), // Cyrillic
                Tuple.of(8, Arbitraries.integers().between(0x4E00, 0x9FFF)), // Chinese
                Tuple.of(8, Arbitraries.integers().between(0x0621, 0x064A)), // Arabic
                Tuple.of(3, Arbitraries.of(0x201C, 0x201D, 0x2018, 0x2019, 0x2013, 0x2014, 0x00A0, 0x3001, 0x3002,
                        0xFF0C, 0x060C, 0x061B)), // typography of the six languages
                Tuple.of(3, Arbitraries.integers().between(0x1F300, 0x1F64F)), // emoji: surrogate pairs in Java
                Tuple.of(2, Arbitraries.of(0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0x2028, 0x2029, 0xFEFF))); // escapes
        return codePoints.list().ofMaxSize(40).map(MeetingArbitraries::fromCodePoints);
    }

    public static Arbitrary<MeetingDetails> details() {
        Arbitrary<List<String>> strings = texts().list().ofSize(12);
        Arbitrary<List<LocalDate>> dates = dates().list().ofSize(3);
        Arbitrary<List<Language>> languages = Arbitraries.of(Language.class).list().ofSize(2);
        // the job line's own dates are usually not set (the date of issue serves)
        Arbitrary<List<LocalDate>> jobDates = dates().injectNull(0.6).list().ofSize(2);
        Arbitrary<DocumentForm> forms = Combinators.combine(Arbitraries.of(AgendaLayout.class),
                Arbitraries.of(EmptyAnnotations.class), texts()).as(DocumentForm::new);
        return Combinators.combine(strings, dates, Arbitraries.of(Distribution.class), languages,
                Arbitraries.of(DutyStation.class), jobDates, forms).as((s, d, distribution, l, station, job, form) ->
                        MeetingDetails.builder()
                        .bodyName(s.get(0)).symbol(s.get(4)).distribution(distribution).issueDate(d.get(2))
                        .originalLanguage(l.get(0)).versionLanguage(l.get(1)).languageCoverage(s.get(8))
                        .meetingName(s.get(1)).sessionLine(s.get(2)).venue(s.get(3)).dates(d.get(0), d.get(1))
                        .agendaItemLine(s.get(7)).agendaItemTitle(s.get(9)).agendaItemNote(s.get(10)).title(s.get(6))
                        .titleNote(s.get(11))
                        .dutyStation(station).jobNumber(s.get(5)).processedOn(job.get(0)).releasedOn(job.get(1))
                        .form(form)
                        .build());
    }

    public static Arbitrary<Agenda> agendas() {
        return agendas(MAX_LEVEL + 1, MAX_ITEMS, texts());
    }

    /**
     * Agendas up to {@code levels} deep (at most {@link Agenda#MAX_DEPTH}) and {@code maxItems} items, titled by
     * {@code titles}.
     */
    public static Arbitrary<Agenda> agendas(int levels, int maxItems, Arbitrary<String> titles) {
        // an item goes at most one level below the one before it: without a pull downwards, deep levels are rare
        Arbitrary<Integer> level = levels <= MAX_LEVEL + 1 ? Arbitraries.integers().between(0, levels - 1)
                : Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(0, levels - 1)),
                        Tuple.of(1, Arbitraries.just(levels - 1)));
        // the two overrides are rare in real agendas
        Arbitrary<String> headings = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just("")), Tuple.of(1, titles));
        Arbitrary<ListEnd> listEnds = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(ListEnd.DERIVED)),
                Tuple.of(1, Arbitraries.of(ListEnd.class)));
        // marked items exist only in meetings made from last session's or another language's version
        Arbitrary<ItemMark> marks = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(ItemMark.NONE)),
                Tuple.of(1, Arbitraries.just(ItemMark.REVIEW)), Tuple.of(1, Arbitraries.just(ItemMark.TRANSLATE)));
        Arbitrary<ItemSeed> seeds = Combinators.combine(level, titles, richTexts(),
                documentationEntries().list().ofMaxSize(3), headings, listEnds, marks).as(ItemSeed::new);
        return Combinators.combine(idPrefixes(), seeds.list().ofMaxSize(maxItems)).as(MeetingArbitraries::tree);
    }

    /**
     * Meetings at the edges of what an officer can make: agendas as deep as the format allows
     * ({@link Agenda#MAX_DEPTH} levels), titles that are empty, very long (up to about 20,000 characters) or written in
     * one of the six languages' scripts, and details that are all empty now and then.
     */
    public static Arbitrary<Meeting> meetingsAtTheEdges() {
        Arbitrary<MeetingDetails> details = Arbitraries.frequencyOf(
                Tuple.of(4, details()),
                Tuple.of(1, details().map(MeetingArbitraries::emptied)));
        return Combinators.combine(details, agendas(Agenda.MAX_DEPTH, 40, edgeTitles()))
                .as(Tuple::of)
                .flatMap(t -> organizations(t.get2()).map(work -> new Meeting(t.get1(), t.get2(), work)));
    }

    /** The details with every text empty: a meeting whose officer has filled in nothing yet. */
    private static MeetingDetails emptied(MeetingDetails d) {
        return d.toBuilder().bodyName("").symbol("").languageCoverage("").meetingName("").sessionLine("").venue("")
                .agendaItemLine("").agendaItemTitle("").agendaItemNote("").title("").titleNote("").jobNumber("").standardSentence("")
                .build();
    }

    /** Titles: the usual mix, empty, in one language's script, or thousands of characters long. */
    public static Arbitrary<String> edgeTitles() {
        Arbitrary<String> languages = Arbitraries.of(SixLanguages.TITLES);
        // words in any order, as long text is: one phrase repeated would compress so well that POI, reading the
        // export back, takes it for a zip bomb
        Arbitrary<String> longTitles = Arbitraries.of(SixLanguages.words()).list().ofMinSize(150).ofMaxSize(2_500)
                .map(words -> String.join(" ", words));
        return Arbitraries.frequencyOf(
                Tuple.of(4, texts()),
                Tuple.of(1, Arbitraries.just("")),
                Tuple.of(4, languages),
                Tuple.of(1, longTitles));
    }

    /** An organization of work for this agenda: its entries refer to its items (and now and then to none). */
    public static Arbitrary<OrganizationOfWork> organizations(Agenda agenda) {
        List<ItemId> ids = agenda.allItems().stream().map(AgendaItem::id).toList();
        Arbitrary<ItemId> itemIds = ids.isEmpty() ? missingItemIds()
                : Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(ids)), Tuple.of(1, missingItemIds()));
        Arbitrary<ScheduleEntry> entries = Arbitraries.frequencyOf(
                Tuple.of(3, itemIds.map(id -> ItemEntry.of(id))),
                Tuple.of(1, texts().map(NoteEntry::of)));
        Arbitrary<MeetingSlot> slots = Combinators.combine(times(), times(), texts(), entries.list().ofMaxSize(5))
                .as((start, end, label, list) -> new MeetingSlot(SlotId.random(), start, end, label, list));
        Arbitrary<Day> days = Combinators.combine(dates(), slots.list().ofMaxSize(3)).as(Day::new);
        return Combinators.combine(idPrefixes(), days.list().ofMaxSize(4))
                .as((prefix, list) -> withReadableIds(prefix, list));
    }

    public static Arbitrary<DocumentationEntry> documentationEntries() {
        Arbitrary<String> symbols = Arbitraries.oneOf(
                Arbitraries.of("CTOC/COP/WG.4/2018/2", "A/80/6 (Sect. 16)", "E/CN.15/2011/1", ""), texts());
        return Combinators.combine(texts(), symbols).as(DocumentationEntry::new);
    }

    private static Arbitrary<Paragraph> paragraphs() {
        Arbitrary<Inline> inlines = Arbitraries.frequencyOf(
                Tuple.of(5, runs().map(Inline.class::cast)),
                Tuple.of(1, runs().list().ofMaxSize(3).map(FootnoteMark::new)));
        return Combinators.combine(Arbitraries.integers().between(0, Paragraph.MAX_LEVEL), inlines.list().ofMaxSize(5))
                .as(Paragraph::new);
    }

    private static Arbitrary<TextRun> runs() {
        Arbitrary<String> links = Arbitraries.oneOf(
                Arbitraries.of("https://docs.un.org/en/CTOC/COP/WG.4/2017/3", "https://www.unodc.org/"), texts())
                .injectNull(0.7);
        Arbitrary<TextStyle> styles = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false), links).as(TextStyle::new);
        return Combinators.combine(texts(), styles).as(TextRun::new);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.longs().between(LocalDate.of(1945, 6, 26).toEpochDay(),
                        LocalDate.of(2150, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay)),
                Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(10000, 1, 1),
                        LocalDate.of(0, 2, 29), LocalDate.of(2024, 2, 29))));
    }

    private static Arbitrary<LocalTime> times() {
        return Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
                .as(LocalTime::of);
    }

    /** Id prefixes in every character ids allow; a counter after them makes each id unique. */
    private static Arbitrary<String> idPrefixes() {
        Arbitrary<Character> first = Arbitraries.chars().alpha().numeric();
        Arbitrary<String> rest = Arbitraries.strings().alpha().numeric().withChars('.', '_', '-').ofMaxLength(10);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    private static Arbitrary<ItemId> missingItemIds() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8).map(s -> new ItemId("missing-" + s));
    }

    private record ItemSeed(int level, String title, RichText annotation, List<DocumentationEntry> documentation,
                            String heading, ListEnd listEnd, ItemMark mark) {
    }

    /** Builds the tree from items in document order, each at most one level below the one before it. */
    private static Agenda tree(String prefix, List<ItemSeed> seeds) {
        List<ItemSeed> levelled = new ArrayList<>();
        int previous = -1;
        for (ItemSeed seed : seeds) {
            int level = Math.min(seed.level(), previous + 1);
            levelled.add(new ItemSeed(level, seed.title(), seed.annotation(), seed.documentation(), seed.heading(),
                    seed.listEnd(), seed.mark()));
            previous = level;
        }
        int[] next = {0};
        return new Agenda(children(prefix, levelled, next, 0));
    }

    private static List<AgendaItem> children(String prefix, List<ItemSeed> seeds, int[] next, int level) {
        List<AgendaItem> out = new ArrayList<>();
        while (next[0] < seeds.size() && seeds.get(next[0]).level() == level) {
            int index = next[0]++;
            ItemSeed seed = seeds.get(index);
            List<AgendaItem> below = children(prefix, seeds, next, level + 1);
            out.add(new AgendaItem(new ItemId(prefix + "-" + index), seed.title(), seed.annotation(),
                    seed.documentation(), below, seed.heading(), seed.listEnd(), seed.mark()));
        }
        return out;
    }

    /** Replaces the random meeting and entry ids by readable unique ones built on the prefix. */
    private static OrganizationOfWork withReadableIds(String prefix, List<Day> days) {
        int slotCount = 0;
        int entryCount = 0;
        List<Day> out = new ArrayList<>();
        for (Day day : days) {
            List<MeetingSlot> slots = new ArrayList<>();
            for (MeetingSlot slot : day.meetings()) {
                List<ScheduleEntry> entries = new ArrayList<>();
                for (ScheduleEntry entry : slot.entries()) {
                    EntryId id = new EntryId(prefix + "-e" + entryCount++);
                    entries.add(entry instanceof ItemEntry item ? new ItemEntry(id, item.item())
                            : new NoteEntry(id, ((NoteEntry) entry).text()));
                }
                slots.add(new MeetingSlot(new SlotId(prefix + "-m" + slotCount++), slot.start(), slot.end(),
                        slot.label(), entries));
            }
            out.add(new Day(day.date(), slots));
        }
        return new OrganizationOfWork(out);
    }

    private static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder out = new StringBuilder();
        codePoints.forEach(out::appendCodePoint);
        return out.toString();
    }
}
