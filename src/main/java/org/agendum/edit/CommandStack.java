package org.agendum.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingLimit;
import org.agendum.model.MeetingSize;

/**
 * The one command stack of an open meeting: every change of tree, details, annotations and schedule goes
 * through {@link #execute}. It keeps undo and redo histories of snapshots (cheap, since the model shares
 * untouched structure), a revision number for the dirty flag, and tells listeners after each change.
 *
 * <p>Not thread-safe: use it from one thread (the FX thread in the app). The meeting it hands out is
 * immutable, so another thread may save or export that snapshot safely.
 */
public final class CommandStack {
    /** Enough for a day's work; bounds memory on long sessions. */
    public static final int DEFAULT_LIMIT = 1000;

    private record Step(Edit edit, Meeting before, long beforeRevision, Meeting after, long afterRevision) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<MeetingChange>> listeners = new CopyOnWriteArrayList<>();
    /** Counts each meeting an edit makes against the limits, counting again only the items the edit changed. */
    private final MeetingSize.Counter sizes = new MeetingSize.Counter();
    private Meeting meeting;
    private long revision;
    private long lastRevision;
    private long savedRevision;
    private boolean mergeAllowed;
    private boolean notifying;
    /** Why every edit is refused, for a meeting shown read-only (an issued version); null when edits run. */
    private String refusal;

    public CommandStack(Meeting meeting) {
        this(meeting, DEFAULT_LIMIT);
    }

    public CommandStack(Meeting meeting, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
        this.meeting = Objects.requireNonNull(meeting);
    }

    /**
     * A stack on which no edit runs: each is refused with {@code why} (shown as any refused edit is), so nothing can
     * change the meeting by any gesture, since every change goes through {@link #execute}.
     */
    public static CommandStack readOnly(Meeting meeting, String why) {
        CommandStack stack = new CommandStack(meeting);
        stack.refusal = Objects.requireNonNull(why, "why");
        return stack;
    }

    /** Whether every edit is refused ({@link #readOnly}). */
    public boolean isReadOnly() {
        return refusal != null;
    }

    public Meeting meeting() {
        return meeting;
    }

    /** Changes with every executed, undone or redone edit; equal revisions mean equal meetings. */
    public long revision() {
        return revision;
    }

    public void addListener(Consumer<MeetingChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<MeetingChange> listener) {
        listeners.remove(listener);
    }

    /**
     * Applies the edit and records it. An edit that changes nothing leaves no undo step.
     *
     * @throws EditRejectedException when the edit is impossible, or would make the meeting larger than Agendum can
     *                               export ({@link MeetingLimit}); the meeting and the histories are unchanged
     */
    public void execute(Edit edit) {
        Objects.requireNonNull(edit);
        checkNotNotifying();
        if (refusal != null) {
            throw new EditRejectedException(refusal);
        }
        Meeting before = meeting;
        Meeting after = edit.apply(before);
        if (after.equals(before)) {
            return;
        }
        refuseIfTooLarge(edit, before, after);
        Step top = undo.peek();
        long newRevision = ++lastRevision;
        Optional<Edit> merged = mergeAllowed && top != null && top.afterRevision() != savedRevision
                ? top.edit().mergedWith(edit) : Optional.empty();
        boolean dropped = merged.isPresent() && after.equals(top.before());
        if (dropped) {
            // typing that came back to where it started (a rename cancelled with Escape) leaves no step; typing on
            // starts a step of its own, never merging into the one below
            undo.pop();
            newRevision = top.beforeRevision();
        } else if (merged.isPresent()) {
            undo.pop();
            undo.push(new Step(merged.get(), top.before(), top.beforeRevision(), after, newRevision));
        } else {
            undo.push(new Step(edit, before, revision, after, newRevision));
            if (undo.size() > limit) {
                undo.removeLast();
            }
        }
        redo.clear();
        mergeAllowed = !dropped;
        change(after, newRevision, MeetingChange.Kind.EXECUTE, edit);
    }

    /**
     * Every change passes here, so no gesture (an add, a paste, typing) can take a meeting past the limits. A change
     * that does not add to the part over its limit goes through: a meeting found too large some other way can still
     * be made smaller.
     */
    private void refuseIfTooLarge(Edit edit, Meeting before, Meeting after) {
        Optional<MeetingLimit.Excess> excess = sizes.of(after).excess();
        if (excess.isPresent() && excess.get().count() > MeetingSize.of(before).count(excess.get().limit())) {
            throw new EditRejectedException(excess.get().afterEdit(edit.label()));
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The label of the edit Undo would revert, e.g. "Move item". */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(s -> s.edit().label());
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(s -> s.edit().label());
    }

    public void undo() {
        checkNotNotifying();
        Step step = undo.poll();
        if (step == null) {
            return;
        }
        redo.push(step);
        mergeAllowed = false;
        change(step.before(), step.beforeRevision(), MeetingChange.Kind.UNDO, step.edit());
    }

    public void redo() {
        checkNotNotifying();
        Step step = redo.poll();
        if (step == null) {
            return;
        }
        undo.push(step);
        mergeAllowed = false;
        change(step.after(), step.afterRevision(), MeetingChange.Kind.REDO, step.edit());
    }

    /**
     * True while listeners are being told of a change. A listener must not change the meeting then (it would
     * interleave histories); a view that keeps what the officer types on the stack at once never needs to.
     */
    public boolean isNotifying() {
        return notifying;
    }

    /** Ends the current typing group: the next edit becomes its own undo step. */
    public void preventMerge() {
        mergeAllowed = false;
    }

    /** Records that the current meeting is what is on disk. */
    public void markSaved() {
        savedRevision = revision;
        mergeAllowed = false;
    }

    /** Records that the meeting as it was at {@code savedAt} (a revision) is on disk, e.g. after a background save. */
    public void markSaved(long savedAt) {
        savedRevision = savedAt;
        mergeAllowed = false;
    }

    public boolean isDirty() {
        return revision != savedRevision;
    }

    /** Replaces the meeting (a file opened, a recovery restored) and forgets the histories. */
    public void reset(Meeting newMeeting, boolean saved) {
        checkNotNotifying();
        undo.clear();
        redo.clear();
        mergeAllowed = false;
        long newRevision = ++lastRevision;
        savedRevision = saved ? newRevision : -1;
        change(Objects.requireNonNull(newMeeting), newRevision, MeetingChange.Kind.RESET, null);
    }

    public int undoDepth() {
        return undo.size();
    }

    /** {@code edit} is null when a whole meeting is loaded. */
    private void change(Meeting after, long newRevision, MeetingChange.Kind kind, Edit edit) {
        Meeting before = meeting;
        meeting = after;
        revision = newRevision;
        MeetingChange event = new MeetingChange(before, after, kind, edit == null ? "Open meeting" : edit.label(),
                java.util.Optional.ofNullable(edit));
        notifying = true;
        try {
            listeners.forEach(listener -> listener.accept(event));
        } finally {
            notifying = false;
        }
    }

    /** A listener that edits while being told of an edit would interleave histories (Scene Builder's JobManager lock). */
    private void checkNotNotifying() {
        if (notifying) {
            throw new IllegalStateException("A meeting change listener may not change the meeting");
        }
    }
}
