package org.agendum.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agendum.edit.AddDay;
import org.agendum.edit.AddDocumentation;
import org.agendum.edit.AddItem;
import org.agendum.edit.AddMeetingSlot;
import org.agendum.edit.AddScheduleEntry;
import org.agendum.edit.AppendToAnnotation;
import org.agendum.edit.ChangeDayDate;
import org.agendum.edit.CommandStack;
import org.agendum.edit.CompositeEdit;
import org.agendum.edit.DeleteItem;
import org.agendum.edit.DropPosition;
import org.agendum.edit.Edit;
import org.agendum.edit.EditDetails;
import org.agendum.edit.EditDocumentation;
import org.agendum.edit.EditItemHeading;
import org.agendum.edit.EditMeetingSlot;
import org.agendum.edit.EditNote;
import org.agendum.edit.EditRejectedException;
import org.agendum.edit.IssueVersion;
import org.agendum.edit.MarkReviewed;
import org.agendum.edit.MoveDay;
import org.agendum.edit.MoveDocumentation;
import org.agendum.edit.MoveItem;
import org.agendum.edit.MoveScheduleEntry;
import org.agendum.edit.RemoveDay;
import org.agendum.edit.RemoveDocumentation;
import org.agendum.edit.RemoveMeetingSlot;
import org.agendum.edit.RemoveScheduleEntry;
import org.agendum.edit.RenameItem;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.edit.SetListEnd;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.ItemMark;
import org.agendum.model.ListEnd;
import org.agendum.model.Masthead;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingInfo;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.TestMeetings;

/**
 * Whatever an officer changes in the document is reported: after any edit of the window (every kind of the edit
 * package, the annotation's words, levels, formatting and footnotes among them), a meeting that reads otherwise has
 * at least one change, and a meeting that reads the same has none (both ways: the edit undone is reported too). "Reads" leaves out what is not the document: the
 * issued versions it records (IssueVersion) and an item's review or translation mark (MarkReviewed), neither of
 * which the changes compare.
 */
class MeetingChangesEveryEditPropertyTest {
    record Step(int kind, int a, int b, int c) {
    }

    static final int KINDS = 30;

    /** The edits not generated: not the document, or only other edits run together. */
    static final Set<Class<?>> NOT_THE_DOCUMENT = Set.of(IssueVersion.class, MarkReviewed.class, CompositeEdit.class);

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(Arbitraries.integers().between(0, KINDS - 1), n, n, n).as(Step::new)
                .list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void everyEditThatChangesTheDocumentIsReportedAndNoOtherIs(@ForAll("scripts") List<Step> script) {
        Meeting first = start();
        CommandStack stack = new CommandStack(first);
        for (Step step : script) {
            Meeting before = stack.meeting();
            Edit edit;
            try {
                edit = edit(before, step); // some edits refuse as they are made (a move into the item itself)
                stack.execute(edit);
            } catch (EditRejectedException refused) {
                continue;
            }
            Meeting after = stack.meeting();
            boolean same = document(before).equals(document(after));
            assertThat(MeetingChanges.between(before, after).isEmpty())
                    .as("%s after %s", MeetingChanges.between(before, after), edit).isEqualTo(same);
            // and back: what the edit added is reported removed, what it moved moved back
            assertThat(MeetingChanges.between(after, before).isEmpty())
                    .as("%s before %s", MeetingChanges.between(after, before), edit).isEqualTo(same);
        }
        assertThat(MeetingChanges.between(first, stack.meeting()).isEmpty())
                .isEqualTo(document(first).equals(document(stack.meeting())));
    }

    /**
     * Any annotation (every style, links, footnotes anywhere, levels, any script, control characters) replaced by
     * any other compares without failing, each change in words and with a place, and the same text has none.
     */
    @Property(tries = 200)
    void anyAnnotationComparesWithAnyOther(@ForAll("meetings") Meeting meeting,
            @ForAll("richTexts") RichText was, @ForAll("richTexts") RichText now) {
        if (meeting.agenda().allItems().isEmpty()) {
            return;
        }
        ItemId id = meeting.agenda().allItems().get(0).id();
        Meeting before = ChangeMeetings.edited(meeting, new ReplaceAnnotation(id, was));
        Meeting after = ChangeMeetings.edited(meeting, new ReplaceAnnotation(id, now));

        List<Change> changes = MeetingChanges.between(before, after);

        assertThat(changes).allSatisfy(change -> {
            assertThat(change.description()).isNotBlank();
            assertThat(change.target()).isNotNull();
        });
        assertThat(MeetingChanges.between(before, before)).isEmpty();
        if (!changes.isEmpty()) {
            assertThat(was).isNotEqualTo(now);
        }
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return org.agendum.testing.MeetingArbitraries.meetings();
    }

    @Provide
    Arbitrary<RichText> richTexts() {
        return org.agendum.testing.MeetingArbitraries.richTexts();
    }

    /** Every edit of the edit package that changes the document is one the steps make. */
    @Example
    void theStepsMakeEveryKindOfEdit() {
        Meeting sample = start();
        Set<String> made = new HashSet<>();
        for (int kind = 0; kind < KINDS; kind++) {
            for (int n = 0; n < 4; n++) {
                try {
                    made.add(edit(sample, new Step(kind, n, n + 1, n + 2)).getClass().getName());
                } catch (EditRejectedException refused) {
                    // another n makes it
                }
            }
        }
        Set<String> all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.agendum.edit").stream()
                .filter(c -> c.isAssignableTo(Edit.class) && !c.isInterface() && c.isTopLevelClass())
                .filter(c -> NOT_THE_DOCUMENT.stream().noneMatch(c::isEquivalentTo))
                .map(JavaClass::getName).collect(Collectors.toSet());
        assertThat(made).containsAll(all);
    }

    /** The sample, with a note in its first meeting (it has none) and a footnote in its first annotation. */
    private static Meeting start() {
        Meeting sample = TestMeetings.sample();
        ItemId annotated = sample.agenda().allItems().stream().filter(item -> !item.annotation().isEmpty())
                .findFirst().orElseThrow().id();
        return ChangeMeetings.edited(sample,
                new AddScheduleEntry(sample.organization().allSlots().get(0).id(), 0, NoteEntry.of("Informal consultations")),
                new ReplaceAnnotation(annotated, withFootnote(sample.agenda().get(annotated).annotation(), 0,
                        "See CTOC/COP/WG.4/2017/4.")));
    }

    /** The document as it reads: without its history and without the items' marks. */
    private static Meeting document(Meeting meeting) {
        return meeting.withoutIssued().withAgenda(new org.agendum.model.Agenda(unmarked(meeting.agenda().items())));
    }

    private static List<AgendaItem> unmarked(List<AgendaItem> items) {
        return items.stream().map(item -> item.withMark(ItemMark.NONE).withSubItems(unmarked(item.subItems())))
                .toList();
    }

    static Edit edit(Meeting m, Step s) {
        List<ItemId> ids = m.agenda().numbered().stream().map(n -> n.item().id()).toList();
        List<ScheduleEntry> entries = m.organization().allEntries();
        List<NoteEntry> notes = entries.stream().filter(NoteEntry.class::isInstance).map(NoteEntry.class::cast).toList();
        List<MeetingSlot> slots = m.organization().allSlots();
        int days = m.organization().days().size();
        ItemId item = ids.isEmpty() ? new ItemId("none") : ids.get(s.a() % ids.size());
        ItemId other = ids.isEmpty() ? null : ids.get(s.b() % ids.size());
        AgendaItem it = m.agenda().find(item).orElse(AgendaItem.of(item, ""));
        MeetingSlot slot = slots.isEmpty() ? MeetingSlot.of(LocalTime.of(10, 0), LocalTime.of(13, 0))
                : slots.get(s.b() % slots.size());
        LocalDate start = m.details().meetingInfo().startDate();
        return switch (s.kind()) {
            case 0 -> MoveItem.relativeTo(m.agenda(), item, other, DropPosition.values()[s.c() % 3]);
            case 1 -> MoveItem.indent(m.agenda(), item);
            case 2 -> new AddItem(s.c() % 2 == 0 ? null : item, s.b() % 3, AgendaItem.titled("New " + s.b()));
            case 3 -> new DeleteItem(item, s.c() % 2 == 0);
            case 4 -> new RenameItem(item, it.title() + " " + s.b());
            case 5 -> new EditItemHeading(item, s.c() % 3 == 0 ? "" : "Heading " + s.b());
            case 6 -> new SetListEnd(item, ListEnd.values()[s.b() % ListEnd.values().length]);
            case 7 -> new ReplaceAnnotation(item, RichText.of("Paragraph " + s.b(), "Another " + s.c()));
            case 8 -> new AppendToAnnotation(item, List.of(Paragraph.body("Added " + s.b())));
            case 9 -> new ReplaceAnnotation(item, withLevel(it.annotation(), s.b(), s.c()));
            case 10 -> new ReplaceAnnotation(item, restyled(it.annotation(), s.b(), s.c()));
            case 11 -> new ReplaceAnnotation(item, withFootnote(it.annotation(), s.b(), "Footnote " + s.c()));
            case 12 -> new ReplaceAnnotation(item, footnoteChanged(it.annotation(), s.b(), s.c()));
            case 13 -> new ReplaceAnnotation(item, footnoteMoved(it.annotation(), s.b()));
            case 14 -> new AddDocumentation(item, 0, new DocumentationEntry("Paper " + s.b(), "A/80/" + s.c()));
            case 15 -> new RemoveDocumentation(item, s.b() % Math.max(1, it.documentation().size()));
            case 16 -> new EditDocumentation(item, s.b() % Math.max(1, it.documentation().size()),
                    new DocumentationEntry("Report " + s.c(), "A/81/" + s.c()));
            case 17 -> new MoveDocumentation(item, s.b() % Math.max(1, it.documentation().size()),
                    s.c() % Math.max(1, it.documentation().size()));
            case 18 -> details(m, DetailField.values().get(s.b() % DetailField.values().size()), s.c());
            case 19 -> new AddDay(s.a() % (days + 1), new Day(start.plusDays(s.b() % 9),
                    s.c() % 2 == 0 ? List.of() : List.of(MeetingSlot.of(LocalTime.of(10, 0), LocalTime.of(13, 0)))));
            case 20 -> new RemoveDay(s.b() % Math.max(1, days));
            case 21 -> new ChangeDayDate(s.b() % Math.max(1, days), start.plusDays(s.c() % 9));
            case 22 -> new MoveDay(s.b() % Math.max(1, days), s.c() % Math.max(1, days));
            case 23 -> new AddMeetingSlot(s.b() % Math.max(1, days), 0,
                    MeetingSlot.of(LocalTime.of(s.c() % 12 + 8, 0), LocalTime.of(s.c() % 12 + 9, 0)));
            case 24 -> new RemoveMeetingSlot(slot.id());
            case 25 -> new EditMeetingSlot(slot.id(), slot.start(), slot.end(), slot.label() + "Room " + s.c());
            case 26 -> new AddScheduleEntry(slot.id(), s.c() % (slot.entries().size() + 1),
                    s.a() % 2 == 0 ? ItemEntry.of(item) : NoteEntry.of("Note " + s.c()));
            case 27 -> entries.isEmpty() ? new RenameItem(item, "x")
                    : new MoveScheduleEntry(entries.get(s.a() % entries.size()).id(), slot.id(),
                            s.c() % (slot.entries().size() + 1));
            case 28 -> entries.isEmpty() ? new RenameItem(item, "y")
                    : new RemoveScheduleEntry(entries.get(s.a() % entries.size()).id());
            default -> notes.isEmpty() ? new RenameItem(item, "z")
                    : new EditNote(notes.get(s.a() % notes.size()).id(), "Note " + s.c());
        };
    }

    /** A details field set to another value of its type. */
    @SuppressWarnings("unchecked")
    private static Edit details(Meeting m, DetailField<?> field, int n) {
        Object value = field.get(m.details());
        Object changed;
        if (value instanceof String text) {
            changed = text + " " + n;
        } else if (value instanceof LocalDate date) {
            changed = date.plusDays(1 + n % 3);
        } else if (value instanceof Optional<?> optional) {
            changed = optional.isPresent() ? Optional.empty() : Optional.of(LocalDate.of(2018, 6, 1 + n % 28));
        } else if (value instanceof MeetingInfo.Dates dates) {
            changed = new MeetingInfo.Dates(dates.start(), dates.end().plusDays(1 + n % 3));
        } else if (value instanceof Masthead.Languages languages) {
            var all = org.agendum.model.Language.values();
            changed = new Masthead.Languages(languages.original(), all[(languages.version().ordinal() + 1) % all.length]);
        } else if (value instanceof Enum<?> constant) {
            Object[] all = constant.getDeclaringClass().getEnumConstants();
            changed = all[(constant.ordinal() + 1 + n % (all.length - 1)) % all.length];
        } else {
            throw new AssertionError("A details field of a type the test does not change: " + field);
        }
        return new EditDetails<>((DetailField<Object>) field, changed);
    }

    // ---- annotations changed in what the words do not show -------------------------------------------------------

    private static List<Paragraph> paragraphsOf(RichText text) {
        return text.paragraphs().isEmpty() ? List.of(Paragraph.body("Text.")) : text.paragraphs();
    }

    private static RichText withLevel(RichText text, int which, int level) {
        List<Paragraph> paragraphs = new ArrayList<>(paragraphsOf(text));
        int at = which % paragraphs.size();
        paragraphs.set(at, paragraphs.get(at).withLevel(level % (Paragraph.MAX_LEVEL + 1)));
        return new RichText(paragraphs);
    }

    /** One run of one paragraph in another style: bold, italic, underline, superscript, or a link. */
    private static RichText restyled(RichText text, int which, int how) {
        List<Paragraph> paragraphs = new ArrayList<>(paragraphsOf(text));
        int at = which % paragraphs.size();
        List<Inline> inlines = new ArrayList<>(paragraphs.get(at).inlines());
        for (int i = 0; i < inlines.size(); i++) {
            if (inlines.get(i) instanceof TextRun run && !run.text().isBlank()) {
                TextStyle style = run.style();
                TextStyle other = switch (how % 5) {
                    case 0 -> style.withBold(!style.bold());
                    case 1 -> style.withItalic(!style.italic());
                    case 2 -> style.withUnderline(!style.underline());
                    case 3 -> style.withSuperscript(!style.superscript());
                    default -> style.withLink("https://undocs.org/A/" + how + (style.isLink() ? "/Rev.1" : ""));
                };
                inlines.set(i, new TextRun(run.text(), other));
                break;
            }
        }
        paragraphs.set(at, new Paragraph(paragraphs.get(at).level(), inlines));
        return new RichText(paragraphs);
    }

    private static RichText withFootnote(RichText text, int which, String note) {
        List<Paragraph> paragraphs = new ArrayList<>(paragraphsOf(text));
        int at = which % paragraphs.size();
        List<Inline> inlines = new ArrayList<>(paragraphs.get(at).inlines());
        inlines.add(FootnoteMark.of(note));
        paragraphs.set(at, new Paragraph(paragraphs.get(at).level(), inlines));
        return new RichText(paragraphs);
    }

    /** A footnote's text reworded, or only set in italics; a footnote added when there is none. */
    private static RichText footnoteChanged(RichText text, int which, int how) {
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean changed = false;
        for (Paragraph paragraph : text.paragraphs()) {
            List<Inline> inlines = new ArrayList<>();
            for (Inline inline : paragraph.inlines()) {
                if (!changed && inline instanceof FootnoteMark mark) {
                    changed = true;
                    inlines.add(how % 2 == 0 ? FootnoteMark.of(mark.plainText() + " " + how)
                            : new FootnoteMark(mark.text().stream()
                                    .map(run -> new TextRun(run.text(), run.style().withItalic(!run.style().italic())))
                                    .toList()));
                } else {
                    inlines.add(inline);
                }
            }
            paragraphs.add(new Paragraph(paragraph.level(), inlines));
        }
        return changed ? new RichText(paragraphs) : withFootnote(text, which, "Note " + how);
    }

    /** The first footnote called at the start of the first paragraph instead; removed when {@code which} is odd. */
    private static RichText footnoteMoved(RichText text, int which) {
        List<Paragraph> paragraphs = new ArrayList<>();
        FootnoteMark moved = null;
        for (Paragraph paragraph : text.paragraphs()) {
            List<Inline> inlines = new ArrayList<>();
            for (Inline inline : paragraph.inlines()) {
                if (moved == null && inline instanceof FootnoteMark mark) {
                    moved = mark;
                } else {
                    inlines.add(inline);
                }
            }
            paragraphs.add(new Paragraph(paragraph.level(), inlines));
        }
        if (moved == null) {
            return withFootnote(text, which, "Moved");
        }
        if (which % 2 == 0) {
            List<Inline> first = new ArrayList<>(paragraphs.get(0).inlines());
            first.add(0, moved);
            paragraphs.set(0, new Paragraph(paragraphs.get(0).level(), first));
        }
        return new RichText(paragraphs);
    }
}
