package org.agendum.importing.recognize;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.importing.source.ImportException;
import org.agendum.importing.source.SourceBlock;
import org.agendum.importing.source.SourceDocument;
import org.agendum.importing.source.SourceParagraph;
import org.agendum.importing.source.SourceTable;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaLayout;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.Distribution;
import org.agendum.model.DocumentForm;
import org.agendum.model.DutyStation;
import org.agendum.model.EmptyAnnotations;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.ListEnd;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingLimit;
import org.agendum.model.MeetingSize;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.Processing;

/**
 * Turns a document, as a reader found it, into a meeting and a report of how each part was read: the masthead and
 * the lines under it ({@link MastheadReader}), the provisional agenda's list ({@link AgendaListReader}), the
 * annotations ({@link AnnotationsReader}) and the annex's organization of work ({@link OrganizationReader}). What the
 * document does not say plainly is guessed and reported as guessed (the symbol from the file's name, the duty
 * station from the venue or the job number, the meeting's dates from the annex); whatever it did not place is in the
 * report with its text.
 *
 * <p>The Word, PDF and text readers all hand it a {@link SourceDocument}; the window and the command line call
 * {@link #recognize(SourceDocument)}.
 */
public final class AgendaRecognizer {
    /** The longest first item of a list found without the document's title. */
    private static final int LONGEST_FIRST_ITEM = 200;

    private AgendaRecognizer() {
    }

    /**
     * @throws ImportException when the document is not an agenda (no list and no annotated items were found: the
     *                         message names what was read of its masthead), or holds more than a meeting may
     *                         ({@link MeetingLimit})
     */
    public static ImportResult recognize(SourceDocument document) throws ImportException {
        return recognize(document, LocalDate.now(Clock.systemDefaultZone()));
    }

    /** As {@link #recognize(SourceDocument)}, with the day a document without any date is given. */
    public static ImportResult recognize(SourceDocument document, LocalDate today) throws ImportException {
        List<Unit> units = units(document);
        if (units.stream().allMatch(u -> u.block().plainText().isBlank())) {
            throw new ImportException(document.name() + " holds no text to read as an agenda.");
        }
        Optional<LanguageClues.Clue> clue = LanguageClues.of(units);
        Reporter reporter = new Reporter(VersionWording.of(clue.map(LanguageClues.Clue::language)
                .orElse(Language.ENGLISH)));
        DetailsDraft draft = new DetailsDraft();
        jobLine(units, draft, reporter);
        int title = MastheadReader.titleIndex(units);
        int listFrom = title >= 0 ? title + 1 : firstListEntry(units, reporter.wording());
        if (listFrom < 0) {
            MastheadReader.read(units, Math.min(units.size(), 40), false, draft, reporter);
            throw notAnAgenda(document, draft);
        }
        MastheadReader.read(units, title >= 0 ? title : listFrom, title >= 0, draft, reporter);
        boolean annotationsOnly = draft.titleVariant == TitleVariant.ANNOTATIONS_TO;
        AgendaListReader.Result list = AgendaListReader.read(units, listFrom, reporter);
        if (list.items().isEmpty() && !annotationsOnly) {
            throw notAnAgenda(document, draft);
        }
        List<DraftItem> roots = new ArrayList<>(list.items());
        AnnotationsReader annotations = new AnnotationsReader(roots, roots.isEmpty(), reporter);
        int annex = annotations.read(units, list.end());
        if (roots.isEmpty()) {
            throw notAnAgenda(document, draft);
        }
        draft.standardSentence = StandardSentence.take(roots, reporter).orElse(null);
        if (draft.versionLanguage == null && clue.isPresent() && clue.get().language() != Language.ENGLISH) {
            draft.versionLanguage = clue.get().language();
            reporter.guessed("This version's language is " + draft.versionLanguage.englishName() + ": the masthead"
                    + " names none, but " + clue.get().why());
        }
        Agenda agenda = punctuated(new Agenda(roots.stream().map(DraftItem::build).toList()), roots, reporter);
        meetingDates(units, annex, agenda, draft, reporter, today);
        OrganizationOfWork work = new OrganizationReader(references(agenda), titles(agenda), draft.startDate, reporter)
                .read(units, annex);
        reporter.rest(units);
        StringBuilder text = new StringBuilder();
        units.forEach(unit -> text.append(unit.block().plainText()).append('\n'));
        MeetingDetails details = details(document, draft, list, hasAnnotations(agenda), text.toString(), reporter);
        Meeting meeting = new Meeting(details, agenda, work);
        Optional<MeetingLimit.Excess> excess = MeetingSize.excess(meeting);
        if (excess.isPresent()) {
            throw new ImportException(excess.get().inFile(document.name()));
        }
        return new ImportResult(meeting, new ImportReport(ImportReport.sourceOf(document), reporter.entries(),
                document.furnitureRemoved()));
    }

    /** The header's blocks (a masthead table's cells one by one), then the body's; the annex's tables stay whole. */
    private static List<Unit> units(SourceDocument document) {
        List<Unit> out = new ArrayList<>();
        for (SourceBlock block : document.header()) {
            if (block instanceof SourceTable table) {
                table.rows().forEach(row -> row.cells().forEach(cell -> cell.paragraphs().forEach(p -> out.add(Unit.of(p)))));
            } else {
                out.add(Unit.of((SourceParagraph) block));
            }
        }
        boolean beforeText = true;
        for (SourceBlock block : document.body()) {
            if (block instanceof SourceTable table && beforeText) {
                // a masthead laid out in a table at the top of the body
                table.rows().forEach(row -> row.cells().forEach(cell -> cell.paragraphs().forEach(p -> out.add(Unit.of(p)))));
            } else if (block instanceof SourceTable table) {
                out.add(Unit.of(table));
            } else {
                SourceParagraph paragraph = (SourceParagraph) block;
                Unit unit = Unit.of(paragraph);
                beforeText = beforeText && TitleVariant.of(unit.text()).isEmpty();
                out.add(unit);
            }
        }
        return out;
    }

    private static void jobLine(List<Unit> units, DetailsDraft draft, Reporter reporter) {
        for (Unit unit : units) {
            if (unit.isTable()) {
                continue;
            }
            if (JobLine.isBarcode(unit.text())) {
                // the Code 39 text under the job line of a DGACM masthead, "*2513245*": furniture, not a name
                reporter.recognized(unit, "The job number's barcode (page furniture)");
                continue;
            }
            Optional<JobLine> job = JobLine.parse(unit.text());
            if (job.isPresent()) {
                if (draft.jobNumber == null) {
                    draft.jobNumber = job.get().number();
                    draft.processedOn = job.get().processedOn().orElse(null);
                    draft.releasedOn = job.get().releasedOn().orElse(null);
                    reporter.recognized(unit, "The job line: job number" + (draft.processedOn == null ? ""
                            : draft.releasedOn == null ? " and its date" : " and its two dates"));
                } else {
                    reporter.recognized(unit, "The job line again (page furniture)");
                }
            }
        }
    }

    /**
     * Where a list starts in a document without a recognized title: a "1." entry that reads as an item's title, no
     * longer than {@value #LONGEST_FIRST_ITEM} characters (an agenda opens with "Opening of the session" or the like),
     * followed by another entry. A report's numbered paragraphs are longer (A/80/590's first is 300 characters).
     */
    private static int firstListEntry(List<Unit> units, VersionWording wording) {
        for (int i = 0; i + 1 < units.size(); i++) {
            if (ListLabel.of(units.get(i), wording).filter(ListLabel::isFirstItem)
                    .filter(l -> l.rest().strip().length() <= LONGEST_FIRST_ITEM).isPresent()
                    && ListLabel.of(units.get(i + 1), wording).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static ImportException notAnAgenda(SourceDocument document, DetailsDraft draft) {
        String masthead = draft.mastheadSummary();
        return new NotAnAgendaException(document.name() + " holds no agenda: no \u201CProvisional agenda\u201D list was found"
                + " (a list of items numbered 1., 2., …)" + (masthead.isEmpty() ? ", and no masthead either."
                : "; its masthead reads: " + masthead + "."), MastheadRead.of(draft));
    }

    /**
     * The list's punctuation where it differs from the rule's, kept as the items' overrides; the rule and the marks are
     * the version's ("；" in Chinese, none at a Russian entry's end).
     */
    private static Agenda punctuated(Agenda agenda, List<DraftItem> roots, Reporter reporter) {
        Map<ItemId, DraftItem> drafts = new HashMap<>();
        collect(roots, drafts);
        Agenda out = agenda;
        AgendaPunctuation.Marks marks = reporter.wording().marks();
        for (AgendaPunctuation.ListEntry entry : AgendaPunctuation.listEntries(agenda, marks)) {
            DraftItem draft = drafts.get(entry.numbered().item().id());
            String derived = entry.text().substring(AgendaPunctuation.heading(entry.text()).length());
            if (draft.printedMark.equals(derived)) {
                continue;
            }
            if (draft.printedMark.equals(",")) {
                reporter.guessed("Item " + draft.reference() + " ends with a comma in the list, which Agendum cannot"
                        + " print: it will end with \u201C" + derived + "\u201D");
                continue;
            }
            ListEnd end = listEnd(draft.printedMark, marks);
            out = out.replace(draft.id(), item -> item.withListEnd(end));
        }
        return out;
    }

    /** The list end a mark prints, in the version's marks or English's. */
    private static ListEnd listEnd(String mark, AgendaPunctuation.Marks marks) {
        if (mark.isEmpty()) {
            return ListEnd.NONE;
        }
        return mark.equals(marks.colon()) ? ListEnd.COLON : mark.equals(marks.semicolon()) ? ListEnd.SEMICOLON
                : mark.equals(marks.fullStop()) ? ListEnd.FULL_STOP : ListEnd.ofMark(mark);
    }

    private static void collect(List<DraftItem> items, Map<ItemId, DraftItem> out) {
        for (DraftItem item : items) {
            out.put(item.id(), item);
            collect(item.children, out);
        }
    }

    private static Map<String, ItemId> references(Agenda agenda) {
        Map<String, ItemId> out = new HashMap<>();
        agenda.numbered().forEach(n -> out.put(n.reference(), n.item().id()));
        return out;
    }

    private static Map<ItemId, String> titles(Agenda agenda) {
        Map<ItemId, String> out = new HashMap<>();
        agenda.allItems().forEach(item -> out.put(item.id(), item.title()));
        return out;
    }

    private static boolean hasAnnotations(Agenda agenda) {
        return agenda.allItems().stream().anyMatch(AgendaItem::hasAnnotationContent)
                || agenda.allItems().stream().anyMatch(item -> !item.heading().isEmpty());
    }

    /** Without a date line, the annex's first and last day, else the date of issue, else today. */
    private static void meetingDates(List<Unit> units, int annex, Agenda agenda, DetailsDraft draft,
                                     Reporter reporter, LocalDate today) {
        if (draft.startDate != null) {
            return;
        }
        LocalDate anchor = draft.issueDate != null ? draft.issueDate : today;
        OrganizationOfWork work = new OrganizationReader(references(agenda), titles(agenda), anchor,
                new Reporter(reporter.wording()))
                .read(units, annex);
        if (!work.days().isEmpty()) {
            draft.startDate = work.days().get(0).date();
            draft.endDate = work.days().get(work.days().size() - 1).date();
            reporter.guessed("The meeting's dates are the annex's first and last day: no line gives them");
        } else {
            draft.startDate = anchor;
            draft.endDate = anchor;
            reporter.guessed("The meeting's dates are " + (draft.issueDate != null ? "the date of issue" : "today")
                    + ": no line gives them");
        }
        draft.venue = draft.venue == null ? "" : draft.venue;
    }

    private static MeetingDetails details(SourceDocument document, DetailsDraft d, AgendaListReader.Result list,
                                          boolean annotated, String text, Reporter reporter) {
        String symbol = d.symbol;
        if (symbol == null) {
            symbol = SymbolFromName.guess(document.name()).orElse("");
            reporter.guessed(symbol.isEmpty() ? "No symbol: the document prints none and its name is none"
                    : "The symbol " + symbol + " is taken from the file's name: the document prints none");
        }
        if (d.issueDate == null) {
            reporter.guessed("The date of issue is the meeting's first day: the masthead gives none");
        }
        if (d.distribution == null) {
            reporter.guessed("The distribution is General: the masthead gives none");
        }
        if (d.originalLanguage == null) {
            reporter.guessed("The original language is English: the masthead gives none");
        }
        if (d.versionLanguage == null) {
            reporter.guessed("This version's language is English: the masthead names none, as an English original's"
                    + " does not");
        }
        if (d.bodyName == null) {
            reporter.guessed("No body's name: the masthead gives none");
        }
        AgendaLayout layout = layout(d, list, annotated);
        String title = d.title != null ? d.title : layout.standardTitle();
        if (d.title == null) {
            reporter.guessed("The title is \u201C" + title + "\u201D: the document has none of the known titles");
        }
        DutyStation station = DutyStations.of(d.venue, d.jobNumber, text, reporter);
        return MeetingDetails.builder()
                .bodyName(orEmpty(d.bodyName)).symbol(symbol)
                .distribution(d.distribution == null ? Distribution.GENERAL : d.distribution)
                .issueDate(d.issueDate == null ? d.startDate : d.issueDate)
                .originalLanguage(d.originalLanguage == null ? Language.ENGLISH : d.originalLanguage)
                .versionLanguage(d.versionLanguage == null ? Language.ENGLISH : d.versionLanguage)
                .languageCoverage(orEmpty(d.languageCoverage))
                .meetingName(orEmpty(d.meetingName)).sessionLine(orEmpty(d.sessionLine)).venue(orEmpty(d.venue))
                .dates(d.startDate, d.endDate)
                .agendaItemLine(orEmpty(d.agendaItemLine)).agendaItemTitle(orEmpty(d.agendaItemTitle))
                .agendaItemNote(orEmpty(d.agendaItemNote)).title(title).titleNote(orEmpty(d.titleNote))
                .form(d.standardSentence == null ? DocumentForm.DEFAULT.withLayout(layout)
                        : DocumentForm.DEFAULT.withLayout(layout).withEmptyAnnotations(EmptyAnnotations.STANDARD_SENTENCE)
                        .withStandardSentence(d.standardSentence))
                .processing(new Processing(station, orEmpty(d.jobNumber), unlessIssued(d.processedOn, d.issueDate),
                        unlessIssued(d.releasedOn, d.issueDate)))
                .build();
    }

    /**
     * The document's form from its title and the parts found: "Provisional agenda and annotations" with a
     * "Provisional agenda" heading prints both headings (the annotated form), with "I." and "II." the numbered one,
     * without it no heading over the list; "Provisional agenda" is the list alone unless annotations follow.
     */
    private static AgendaLayout layout(DetailsDraft d, AgendaListReader.Result list, boolean annotated) {
        TitleVariant variant = d.titleVariant == null ? TitleVariant.ANNOTATED : d.titleVariant;
        return switch (variant) {
            case ANNOTATED -> AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA;
            case AGENDA_AND_ANNOTATIONS -> list.numberedParts() ? AgendaLayout.AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS
                    : list.heading() ? AgendaLayout.ANNOTATED_PROVISIONAL_AGENDA : AgendaLayout.AGENDA_AND_ANNOTATIONS;
            case AGENDA_ONLY -> annotated ? AgendaLayout.AGENDA_AND_ANNOTATIONS : AgendaLayout.PROVISIONAL_AGENDA;
            case ANNOTATIONS_TO -> list.items().isEmpty() ? AgendaLayout.ANNOTATIONS_ONLY
                    : AgendaLayout.ANNOTATIONS_WITH_AGENDA;
        };
    }

    /**
     * A job line's date, left unset when it is the date of issue: the meeting's job dates follow the date of issue
     * unless set, and a date that only repeats it would stop following it (the export prints the same line).
     */
    private static Optional<LocalDate> unlessIssued(LocalDate jobDate, LocalDate issued) {
        return jobDate == null || jobDate.equals(issued) ? Optional.empty() : Optional.of(jobDate);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
