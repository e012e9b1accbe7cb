package org.agendum.model;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** How much a meeting holds, counted as {@link MeetingLimit} counts it: one pass over the meeting, no copies. */
public final class MeetingSize {
    private final long[] counts = new long[MeetingLimit.values().length];

    private MeetingSize() {
    }

    public static MeetingSize of(Meeting meeting) {
        return count(meeting, item -> ItemSize.of(item));
    }

    /**
     * Counts one meeting after another, counting again only the top-level items that are not the very records of
     * the meeting counted before: the command stack counts every meeting an edit makes, and an edit leaves all
     * items but one or two untouched (shared, not copied). It keeps the last meeting's items only. Not thread-safe.
     */
    public static final class Counter {
        private Map<AgendaItem, ItemSize> last = new IdentityHashMap<>();

        public MeetingSize of(Meeting meeting) {
            Map<AgendaItem, ItemSize> next = new IdentityHashMap<>();
            MeetingSize size = count(meeting, item -> {
                ItemSize counted = last.get(item);
                if (counted == null) {
                    counted = ItemSize.of(item);
                }
                next.put(item, counted);
                return counted;
            });
            last = next;
            return size;
        }
    }

    private static MeetingSize count(Meeting meeting, Function<AgendaItem, ItemSize> items) {
        MeetingSize size = new MeetingSize();
        size.details(meeting.details());
        Map<ItemId, Integer> titleLengths = new HashMap<>();
        for (AgendaItem item : meeting.agenda().items()) {
            ItemSize counted = items.apply(item);
            for (int i = 0; i < size.counts.length; i++) {
                size.counts[i] += counted.counts.counts[i];
            }
            titleLengths.putAll(counted.titleLengths);
        }
        if (meeting.details().form().emptyAnnotations() == EmptyAnnotations.STANDARD_SENTENCE) {
            // printed under every item with nothing to annotate: counted as if under each
            size.add(MeetingLimit.CHARACTERS, size.count(MeetingLimit.AGENDA_ITEMS)
                    * (long) meeting.details().form().standardSentence().length());
        }
        for (Day day : meeting.organization().days()) {
            size.add(MeetingLimit.DAYS, 1);
            for (MeetingSlot slot : day.meetings()) {
                size.add(MeetingLimit.MEETINGS, 1);
                size.text(slot.label());
                for (ScheduleEntry entry : slot.entries()) {
                    size.add(MeetingLimit.ENTRIES, 1);
                    if (entry instanceof NoteEntry note) {
                        size.text(note.text());
                    } else if (entry instanceof ItemEntry taken) {
                        size.add(MeetingLimit.CHARACTERS, titleLengths.getOrDefault(taken.item(), 0));
                    }
                }
            }
        }
        return size;
    }

    /** A top-level item with its sub-items: what it counts, and its items' title lengths (entries count them). */
    private record ItemSize(MeetingSize counts, Map<ItemId, Integer> titleLengths) {
        static ItemSize of(AgendaItem item) {
            MeetingSize counts = new MeetingSize();
            Map<ItemId, Integer> titleLengths = new HashMap<>();
            counts.item(item, titleLengths);
            return new ItemSize(counts, titleLengths);
        }
    }

    public long count(MeetingLimit limit) {
        return counts[limit.ordinal()];
    }

    /** The first limit this meeting is over, in the order of {@link MeetingLimit}; empty when within them all. */
    public Optional<MeetingLimit.Excess> excess() {
        for (MeetingLimit limit : MeetingLimit.values()) {
            if (count(limit) > limit.maximum()) {
                return Optional.of(new MeetingLimit.Excess(limit, count(limit)));
            }
        }
        return Optional.empty();
    }

    /** {@code MeetingSize.of(meeting).excess()}. */
    public static Optional<MeetingLimit.Excess> excess(Meeting meeting) {
        return of(meeting).excess();
    }

    private void details(MeetingDetails details) {
        Masthead masthead = details.masthead();
        text(masthead.bodyName());
        text(masthead.symbol());
        text(masthead.languageCoverage());
        MeetingInfo info = details.meetingInfo();
        text(info.meetingName());
        text(info.sessionLine());
        text(info.venue());
        text(details.titleBlock().agendaItemLine());
        text(details.titleBlock().agendaItemTitle());
        text(details.titleBlock().agendaItemNote());
        text(details.titleBlock().title());
        text(details.titleBlock().titleNote());
        text(details.processing().jobNumber());
    }

    private void item(AgendaItem item, Map<ItemId, Integer> titleLengths) {
        add(MeetingLimit.AGENDA_ITEMS, 1);
        text(item.title());
        text(item.heading());
        titleLengths.put(item.id(), item.title().length());
        for (Paragraph paragraph : item.annotation().paragraphs()) {
            add(MeetingLimit.PARAGRAPHS, 1);
            for (Inline inline : paragraph.inlines()) {
                add(MeetingLimit.RUNS, 1);
                if (inline instanceof TextRun run) {
                    run(run);
                } else if (inline instanceof FootnoteMark footnote) {
                    add(MeetingLimit.FOOTNOTES, 1);
                    for (TextRun run : footnote.text()) {
                        add(MeetingLimit.RUNS, 1);
                        run(run);
                    }
                }
            }
        }
        for (DocumentationEntry document : item.documentation()) {
            add(MeetingLimit.DOCUMENTS, 1);
            text(document.description());
            text(document.symbol());
        }
        for (AgendaItem sub : item.subItems()) {
            item(sub, titleLengths);
        }
    }

    private void run(TextRun run) {
        text(run.text());
        if (run.style().link() != null) {
            text(run.style().link());
        }
    }

    private void text(String value) {
        add(MeetingLimit.CHARACTERS, value.length());
    }

    private void add(MeetingLimit limit, long amount) {
        counts[limit.ordinal()] += amount;
    }
}
