package org.agendum.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.agendum.model.AgendaItem;
import org.agendum.model.Meeting;
import org.agendum.testing.Fixtures;

class EditPropertiesTest {
    @Provide
    Arbitrary<List<RandomEdits.Step>> scripts() {
        return RandomEdits.scripts();
    }

    @Provide
    Arbitrary<List<RandomEdits.Step>> moveScripts() {
        return RandomEdits.moveScripts();
    }

    @Property(tries = 300)
    void undoingEverythingGivesBackEachEarlierMeeting(@ForAll("scripts") List<RandomEdits.Step> script) {
        Meeting original = Fixtures.referenceMeeting();
        CommandStack stack = new CommandStack(original);
        List<Meeting> states = new ArrayList<>(List.of(original));
        for (RandomEdits.Step step : script) {
            int depth = stack.undoDepth();
            if (RandomEdits.run(stack, step)) {
                if (stack.undoDepth() > depth) {
                    states.add(stack.meeting());
                } else if (stack.undoDepth() == depth) {
                    states.set(states.size() - 1, stack.meeting()); // merged into the previous step (typing)
                } else {
                    states.remove(states.size() - 1); // typing that came back to where it began leaves no step
                    assertThat(stack.meeting()).isEqualTo(states.get(states.size() - 1));
                }
            }
        }
        Meeting last = stack.meeting();
        for (int i = states.size() - 2; i >= 0; i--) {
            stack.undo();
            assertThat(stack.meeting()).isEqualTo(states.get(i));
        }
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
        while (stack.canRedo()) {
            stack.redo();
        }
        assertThat(stack.meeting()).isEqualTo(last);
    }

    /** Moves only rearrange: every item is still there exactly once, with its own title, annotation and documents. */
    @Property(tries = 300)
    void movesNeverLoseOrDuplicateAnItem(@ForAll("moveScripts") List<RandomEdits.Step> script) {
        Meeting original = Fixtures.referenceMeeting();
        CommandStack stack = new CommandStack(original);
        script.forEach(step -> RandomEdits.run(stack, step));
        assertThat(contents(stack.meeting())).containsExactlyInAnyOrderElementsOf(contents(original));
        assertThat(stack.meeting().organization()).isEqualTo(original.organization());
    }

    private static List<String> contents(Meeting m) {
        Function<AgendaItem, String> own = i -> i.id() + "|" + i.title() + "|" + i.annotation() + "|" + i.documentation();
        return m.agenda().allItems().stream().map(own).collect(Collectors.toList());
    }
}
