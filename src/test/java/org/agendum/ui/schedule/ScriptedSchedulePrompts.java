package org.agendum.ui.schedule;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.agendum.gesture.SlotTimes;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.SlotId;

/** The organization of work's questions answered as scripted (nothing scripted: the officer cancels); asked, recorded. */
public final class ScriptedSchedulePrompts implements SchedulePrompts {
    public final Deque<Object> answers = new ArrayDeque<>();
    public final List<String> questions = new ArrayList<>();

    public ScriptedSchedulePrompts answer(Object answer) {
        answers.add(answer);
        return this;
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> next(Class<T> type) {
        Object answer = answers.poll();
        if (answer != null && !type.isInstance(answer)) {
            throw new AssertionError("Scripted " + answer + " but the question wants a " + type.getSimpleName());
        }
        return Optional.ofNullable((T) answer);
    }

    @Override
    public Optional<SlotTimes> meetingTimes(Window owner, Language version, String title, SlotTimes initial) {
        questions.add(title + " " + initial);
        return next(SlotTimes.class);
    }

    @Override
    public Optional<SlotId> chooseMeeting(Window owner, String itemLine, ItemId item, OrganizationOfWork work) {
        questions.add("Take up " + itemLine);
        return next(SlotId.class);
    }

    @Override
    public Optional<LocalDate> dayDate(Window owner, String title, LocalDate initial) {
        questions.add(title + " " + initial);
        return next(LocalDate.class);
    }

    @Override
    public Optional<String> noteText(Window owner, Language version, String title, String initial,
            Consumer<String> typed) {
        questions.add(title + " " + initial);
        Optional<String> answer = next(String.class);
        answer.ifPresent(typed); // the officer typed the answer before pressing OK
        return answer;
    }
}
