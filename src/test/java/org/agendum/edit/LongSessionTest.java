package org.agendum.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.model.AgendaItem;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.testing.Fixtures;
import org.agendum.validation.MeetingValidator;
import org.junit.jupiter.api.Test;

/**
 * A long day's work in one window: 100,000 commands (random edits of every kind, undo and redo) on one command stack.
 * The undo history stays within its limit, so memory stays bounded; after every command the meeting's ids are
 * unique, after every tenth it validates, and now and then it saves and reads back the same.
 */
class LongSessionTest {
    private static final int COMMANDS = 100_000;
    private static final int CHECKPOINT = 20_000;
    private static final int VALIDATE_EVERY = 10;
    private static final int ROUND_TRIP_EVERY = 500;
    /** The kinds of {@link RandomEdits#edit} that add and remove items and days. */
    private static final int ADD_ITEM = 6;
    private static final int DELETE_ITEM = 7;
    private static final int ADD_DAY = 16;
    private static final int REMOVE_DAY = 17;
    private static final int MIN_ITEMS = 30;
    private static final int MIN_DAYS = 3;
    private static final int PASTED_CHARS = 4_000;
    private static final String[] WORDS = {"the", "Working", "Group", "will", "consider", "trafficking", "in",
        "persons", "report", "Conference", "resolution", "victims", "cooperation", "Protocol", "Secretariat"};
    /**
     * What the heap may gain from the first checkpoint to the last. The history holds its 1,000 steps from the first
     * checkpoint on, so it should gain nothing; without the limit the 80,000 commands between add about 30 MB.
     */
    private static final long HEAP_GROWTH_ALLOWED = 12L * 1024 * 1024;

    @Test
    void memoryStaysBoundedAndTheMeetingValid() throws MeetingFileException {
        long seed = 8_2018L;
        Random random = new Random(seed);
        CommandStack stack = new CommandStack(Fixtures.referenceMeeting());
        List<Long> heap = new ArrayList<>();
        int edits = 0;
        int refused = 0;
        int undos = 0;
        int redos = 0;
        for (int command = 1; command <= COMMANDS; command++) {
            int kind = random.nextInt(10);
            if (kind < 2) {
                stack.undo();
                undos++;
            } else if (kind < 3) {
                stack.redo();
                redos++;
            } else if (kind < 4 && !stack.meeting().agenda().items().isEmpty()) {
                stack.execute(pastedParagraph(stack.meeting(), random, command));
                edits++;
            } else {
                RandomEdits.Step step = new RandomEdits.Step(steered(random.nextInt(RandomEdits.KINDS),
                        stack.meeting()), random.nextInt(1001), random.nextInt(1001), random.nextInt(1001));
                if (RandomEdits.run(stack, step)) {
                    edits++;
                } else {
                    refused++;
                }
            }
            Meeting meeting = stack.meeting();
            assertIdsUnique(meeting, command);
            if (command % VALIDATE_EVERY == 0) {
                MeetingValidator.validate(meeting); // most of this test's time: every tenth is plenty
            }
            assertThat(stack.undoDepth()).isLessThanOrEqualTo(CommandStack.DEFAULT_LIMIT);
            if (command % ROUND_TRIP_EVERY == 0) {
                assertThat(MeetingFiles.read(MeetingFiles.write(meeting), "session.agendum")).isEqualTo(meeting);
            }
            if (command % CHECKPOINT == 0) {
                long used = heapUsedAfterGc();
                heap.add(used);
                System.out.printf("RELIABILITY: long session: after %,d commands: heap used after GC %.2f MB, undo "
                        + "steps %d, items %d, meetings %d, entries %d%n", command, used / 1048576.0,
                        stack.undoDepth(), meeting.agenda().allItems().size(),
                        meeting.organization().allSlots().size(), meeting.organization().allEntries().size());
            }
        }
        System.out.printf("RELIABILITY: long session: %,d commands (%,d edits, %,d refused as impossible, %,d undos, "
                + "%,d redos): ids unique after every one, the meeting validated after every %dth and saved and read "
                + "back the same after every %d; heap after GC from %.1f MB to %.1f MB%n", COMMANDS, edits, refused,
                undos, redos, VALIDATE_EVERY, ROUND_TRIP_EVERY, heap.get(0) / 1048576.0,
                heap.get(heap.size() - 1) / 1048576.0);

        assertThat(heap.get(heap.size() - 1) - heap.get(0)).as("heap growth from %,d to %,d commands", CHECKPOINT,
                COMMANDS).isLessThan(HEAP_GROWTH_ALLOWED);
    }

    /**
     * An annotation replaced by a paragraph of a few thousand characters, as when an officer pastes one: it makes
     * each undo step hold some weight of its own, as real work does, so that a history without a limit would show
     * in the heap within this test (the random edits alone change a few words, which structural sharing stores in
     * a few hundred bytes).
     */
    private static Edit pastedParagraph(Meeting meeting, Random random, int command) {
        List<AgendaItem> items = meeting.agenda().allItems();
        StringBuilder text = new StringBuilder("Paragraph pasted by command ").append(command).append(':');
        while (text.length() < PASTED_CHARS) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return new ReplaceAnnotation(items.get(random.nextInt(items.size())).id(), RichText.of(text.toString()));
    }

    /**
     * Deleting an item takes its sub-items with it and removing a day its meetings, so left alone the random walk
     * empties the meeting within a few hundred commands: below a working size they add instead.
     */
    private static int steered(int kind, Meeting meeting) {
        if (kind == DELETE_ITEM && meeting.agenda().allItems().size() < MIN_ITEMS) {
            return ADD_ITEM;
        }
        if (kind == REMOVE_DAY && meeting.organization().days().size() < MIN_DAYS) {
            return ADD_DAY;
        }
        return kind;
    }

    private static void assertIdsUnique(Meeting meeting, int command) {
        Set<Object> ids = new HashSet<>();
        for (AgendaItem item : meeting.agenda().allItems()) {
            assertThat(ids.add(item.id())).as("item id %s after command %d", item.id(), command).isTrue();
        }
        for (MeetingSlot slot : meeting.organization().allSlots()) {
            assertThat(ids.add(slot.id())).as("meeting id %s after command %d", slot.id(), command).isTrue();
        }
        for (ScheduleEntry entry : meeting.organization().allEntries()) {
            assertThat(ids.add(entry.id())).as("entry id %s after command %d", entry.id(), command).isTrue();
        }
    }

    private static long heapUsedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
