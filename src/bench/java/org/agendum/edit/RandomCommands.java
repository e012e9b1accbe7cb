package org.agendum.edit;

import java.util.Random;
import org.agendum.model.Meeting;

/**
 * Random commands for the benchmark: the property tests' random edits ({@link RandomEdits}: moves, adds, deletes,
 * renames, annotations, Documentation, details, days, meetings and entries of the organization of work), chosen by
 * a seeded {@link Random} so that every run applies the same sequence to the same meeting.
 */
public final class RandomCommands {
    private final Random random;
    private String lastKind = "";

    public RandomCommands(long seed) {
        random = new Random(seed);
    }

    /** The next command for the meeting as it is now (each one is chosen from the current items, entries, days). */
    public Edit next(Meeting meeting) {
        RandomEdits.Step step = new RandomEdits.Step(random.nextInt(RandomEdits.KINDS), random.nextInt(1001),
                random.nextInt(1001), random.nextInt(1001));
        lastKind = "kind " + step.kind(); // until the edit is made: making it may refuse already
        Edit edit = RandomEdits.edit(meeting, step);
        lastKind = edit.getClass().getSimpleName();
        return edit;
    }

    /** What the last command was ("MoveItem", "AddDay" …), for telling which kinds are slow. */
    public String lastKind() {
        return lastKind;
    }

    /** Chooses and executes the next command; false when the meeting refused it (an impossible move), as the UI would. */
    public boolean runNext(CommandStack stack) {
        try {
            stack.execute(next(stack.meeting()));
            return true;
        } catch (EditRejectedException refused) {
            lastKind = lastKind + " (refused)";
            return false;
        }
    }
}
