package org.agendum.corrigendum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agendum.changes.Change;
import org.agendum.changes.MeetingChanges;
import org.agendum.model.DetailField;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingInfo;
import org.agendum.typography.DocumentLanguage;

/**
 * The instructions of a corrigendum, in the UN's words and the corrected version's language, from what changed since
 * the issued version: one per change (two for an entry moved in the annex: deleted from one meeting, inserted in the
 * other), in the order the document is read. Places are what the change knows ("Item 3, paragraph 1", "Annex, Monday,
 * 2 July, 3–6 p.m.", "Page 1" for the masthead and title block), not pages or sentences, which only the printed
 * document has; the officer may refine them before export. See docs/export.md.
 */
public final class CorrigendumInstructions {
    /** Fields that do not print on page 1: a change of them is placed by the field's name. */
    private static final Set<String> NOT_ON_PAGE_ONE = Set.of("LAYOUT", "EMPTY_ANNOTATIONS", "STANDARD_SENTENCE");

    private final CorrigendumWording wording;
    private final AnnexWords was;
    private final AnnexWords now;
    private final Optional<Meeting> issued;
    private final Optional<Meeting> current;

    private CorrigendumInstructions(CorrigendumWording wording, Optional<Meeting> issued, Optional<Meeting> current) {
        this.wording = wording;
        this.issued = issued;
        this.current = current;
        this.was = issued.map(m -> AnnexWords.of(m, wording)).orElse(AnnexWords.none(wording));
        this.now = current.map(m -> AnnexWords.of(m, wording)).orElse(AnnexWords.none(wording));
    }

    /** The instructions that correct {@code issued} into {@code current}, in {@code current}'s version language. */
    public static List<Instruction> between(Meeting issued, Meeting current) {
        CorrigendumWording wording = CorrigendumWording.of(
                DocumentLanguage.of(current.details().masthead().versionLanguage().code()));
        return new CorrigendumInstructions(wording, Optional.of(issued), Optional.of(current))
                .instructions(MeetingChanges.between(issued, current));
    }

    /** English instructions for {@code changes}, each placed by its own words. */
    public static List<Instruction> of(List<Change> changes) {
        return new CorrigendumInstructions(CorrigendumWording.ENGLISH, Optional.empty(), Optional.empty())
                .instructions(changes);
    }

    private List<Instruction> instructions(List<Change> changes) {
        List<Instruction> out = new ArrayList<>();
        for (Change change : changes) {
            out.addAll(instructions(change));
        }
        return List.copyOf(out);
    }

    private List<Instruction> instructions(Change change) {
        if (change instanceof Change.ItemRenamed c) {
            return one(place("itemTitle", "n", c.number()), wording.forRead(c.oldTitle(), c.newTitle()));
        } else if (change instanceof Change.ItemAdded c) {
            List<Instruction> out = new ArrayList<>(one(place("agendaItem", "n", c.number()),
                    wording.words("newItem", "n", c.number(), "title", wording.quoted(c.title()))));
            newAnnotation(c).ifPresent(out::add);
            return out;
        } else if (change instanceof Change.ItemRemoved c) {
            return one(place("agendaItem", "n", c.number()),
                    wording.words("deleteItem", "n", c.number(), "title", wording.quoted(c.title())));
        } else if (change instanceof Change.ItemMoved c) {
            return one(place("agendaItem", "n", c.oldNumber()), wording.words("moveItem", "old", c.oldNumber(),
                    "title", wording.quoted(c.title()), "new", c.newNumber()));
        } else if (change instanceof Change.AnnotationChanged c) {
            return one(annotationPlace(c), AnnotationInstruction.of(c, wording));
        } else if (change instanceof Change.DocumentationAdded c) {
            return one(place("documentation", "n", c.number()), wording.words("insert", "text", entry(c.entry())));
        } else if (change instanceof Change.DocumentationRemoved c) {
            return one(place("documentation", "n", c.number()), wording.words("delete", "text", entry(c.entry())));
        } else if (change instanceof Change.DocumentationChanged c) {
            return one(place("documentation", "n", c.number()),
                    wording.words("forRead", "old", entry(c.before()), "new", entry(c.after())));
        } else if (change instanceof Change.DetailChanged c) {
            return detail(c);
        } else if (change instanceof Change.EntryAdded c) {
            return one(annex(now.meetingOf(c.id(), c.meeting())),
                    wording.words("insert", "text", now.entry(c.id(), c.what())));
        } else if (change instanceof Change.EntryRemoved c) {
            return one(annex(was.meetingOf(c.id(), c.meeting())),
                    wording.words("delete", "text", was.entry(c.id(), c.what())));
        } else if (change instanceof Change.EntryMoved c) {
            return List.of(new Instruction(annex(was.meetingOf(c.id(), c.fromMeeting())),
                            wording.words("delete", "text", was.entry(c.id(), c.what()))),
                    new Instruction(annex(now.meetingOf(c.id(), c.toMeeting())),
                            wording.words("insert", "text", now.entry(c.id(), c.what()))));
        } else if (change instanceof Change.NoteChanged c) {
            return one(annex(now.meetingOf(c.id(), c.meeting())), wording.replacement(c.oldText(), c.newText()));
        } else if (change instanceof Change.MeetingAdded c) {
            return one(place("annex"), wording.words("newMeeting", "meeting", now.meeting(c.id(), c.meeting())));
        } else if (change instanceof Change.MeetingRemoved c) {
            return one(place("annex"), wording.words("deleteMeeting", "meeting", was.meeting(c.id(), c.meeting())));
        } else if (change instanceof Change.MeetingRetimed c) {
            String before = was.meeting(c.id(), c.oldMeeting());
            return one(annex(before), wording.forRead(before, now.meeting(c.id(), c.newMeeting())));
        } else if (change instanceof Change.DocumentationMoved c) {
            // the two instructions the list's removal and addition gave before a move was told as one
            return List.of(new Instruction(place("documentation", "n", c.number()),
                            wording.words("delete", "text", entry(c.entry()))),
                    new Instruction(place("documentation", "n", c.number()),
                            wording.words("insert", "text", entry(c.entry()))));
        } else if (change instanceof Change.EntryReordered c) {
            String meeting = annex(now.meetingOf(c.id(), c.meeting()));
            String entry = now.entry(c.id(), c.what());
            return List.of(new Instruction(meeting, wording.words("delete", "text", entry)),
                    new Instruction(meeting, wording.words(c.before() ? "insertBefore" : "insertAfter", "text", entry,
                            "anchor", now.entry(c.neighbourId(), c.neighbour()))));
        } else if (change instanceof Change.FootnoteChanged c) {
            // a footnote's formatting alone has no plain words, like the annotation's
            return c.oldText().equals(c.newText()) ? List.of()
                    : one(place("footnote", "f", String.valueOf(c.footnote())), wording.forRead(c.oldText(), c.newText()));
        } else if (change instanceof Change.FootnoteAdded c) {
            return one(place("footnote", "f", String.valueOf(c.footnote())),
                    wording.words("insert", "text", wording.quoted(c.text())));
        } else if (change instanceof Change.FootnoteRemoved c) {
            return one(place("footnote", "f", String.valueOf(c.footnote())),
                    wording.words("delete", "text", wording.quoted(c.text())));
        } else if (change instanceof Change.HeadingChanged c) {
            return one(place("annotationsItem", "n", c.number()), wording.replacement(c.oldHeading(), c.newHeading()));
        } else if (change instanceof Change.DayAdded || change instanceof Change.DayRemoved
                || change instanceof Change.MeetingReordered) {
            // a day without meetings and parallel meetings in another order: rare, and no plain words place them
            // better than the officer's own; the dialog lets them add the instruction
            return List.of();
        } else if (change instanceof Change.FormattingChanged || change instanceof Change.SubparagraphChanged
                || change instanceof Change.FootnoteMoved || change instanceof Change.ListEndChanged) {
            // formatting, a subparagraph's level, a footnote's place and list punctuation have no "For … read …"
            // in an instruction's plain words
            return List.of();
        }
        throw new IllegalArgumentException("A change no corrigendum instruction is written for: " + change);
    }

    /**
     * A field of the masthead or the title block is on page 1, and its dates are put in the version's forms when the
     * two versions are at hand ("2 et 3 juillet 2018"); a field of the form is placed by its name.
     */
    private List<Instruction> detail(Change.DetailChanged c) {
        String location = NOT_ON_PAGE_ONE.contains(c.field().name()) ? c.field().label() : place("firstPage");
        if (issued.isPresent() && current.isPresent()) {
            String before = printed(c.field(), issued.get());
            String after = printed(c.field(), current.get());
            if (before != null && after != null) {
                return one(location, wording.replacement(before, after));
            }
        }
        return one(location, wording.replacement(c.oldValue(), c.newValue()));
    }

    /** A date field's value in the version's forms, or null for a field whose words are the officer's own. */
    private String printed(DetailField<?> field, Meeting meeting) {
        Object value = field.get(meeting.details());
        DocumentLanguage language = wording.language();
        if (value instanceof MeetingInfo.Dates dates) {
            return language.dates().range(dates.start(), dates.end());
        }
        if (value instanceof LocalDate date) {
            return field == DetailField.ISSUE_DATE ? language.mastheadDates().date(date) : language.dates().date(date);
        }
        return null;
    }

    /**
     * A new item's annotation, which the reader of a corrigendum has nowhere else: its paragraphs to insert under
     * "Annotations, item 6", each quoted; none when the item has no text.
     */
    private Optional<Instruction> newAnnotation(Change.ItemAdded c) {
        return current.flatMap(meeting -> meeting.agenda().find(c.id())).flatMap(item -> {
            List<String> paragraphs = item.annotation().paragraphs().stream().map(p -> p.plainText().strip())
                    .filter(text -> !text.isEmpty()).map(wording::quoted).toList();
            return paragraphs.isEmpty() ? Optional.empty() : Optional.of(new Instruction(
                    place("annotationsItem", "n", c.number()), wording.words("insert", "text",
                            String.join(" ", paragraphs))));
        });
    }

    /** "Item 3, paragraph 1", and ", second sentence" when the paragraph has more than one and the change is found. */
    private String annotationPlace(Change.AnnotationChanged c) {
        String paragraph = String.valueOf(c.paragraph());
        // the words as they stand in the current text: for words only deleted, the context around where they were
        List<String> words = new ArrayList<>(c.before());
        words.addAll(c.inserted());
        words.addAll(c.after());
        Optional<Integer> sentence = current.flatMap(meeting -> SentencePlace.of(c, meeting, words));
        List<String> ordinals = wording.language().table().list("corrigendum.sentences");
        if (sentence.isPresent() && sentence.get() <= ordinals.size()) {
            return place("itemSentence", "n", c.number(), "p", paragraph, "sentence", ordinals.get(sentence.get() - 1));
        }
        return place("itemParagraph", "n", c.number(), "p", paragraph);
    }

    private String place(String key, String... namesAndValues) {
        return wording.words("place." + key, namesAndValues);
    }

    private String annex(String meeting) {
        return place("annexMeeting", "meeting", meeting);
    }

    private static List<Instruction> one(String location, String text) {
        return List.of(new Instruction(location, text));
    }

    /** "Report of the Secretariat (CTOC/COP/WG.4/2018/2)", quoted, as the Documentation list prints it. */
    private String entry(DocumentationEntry entry) {
        String symbol = entry.symbol().isBlank() ? "" : " (" + entry.symbol() + ")";
        return wording.quoted(entry.description() + symbol);
    }
}
