package org.agendum.ui.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.gesture.ScheduleCommands;
import org.agendum.model.EntryId;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.ScheduleEntry;
import org.agendum.testing.LargeSessions;
import org.agendum.ui.common.MeetingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * How long one gesture on the grid takes, from the command to the grid laid out again, in a ten-day session with
 * four meetings a day and 150 items: the command, validation, the grid's update, CSS and layout, on the FX
 * thread, as the window does it. Prints figures; asserts nothing about time. Beside it, the same gestures with
 * the grid rebuilt from nothing each time, which is what the incremental update avoids. Run:
 * {@code mvn -o test -Dtest=ScheduleGridBenchmark -Dagendum.benchmark=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "agendum.benchmark", matches = "true")
class ScheduleGridBenchmark {
    private static final int WARM_UP = 200;
    private static final int MEASURED = 1000;

    private final Meeting session = LargeSessions.session(10, 4, 150, 42);
    private CommandStack stack;
    private ScheduleView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(session);
        long t0 = System.nanoTime();
        view = new ScheduleView(new MeetingViewModel(stack), new ScriptedSchedulePrompts(), message -> { });
        scene = new Scene(new StackPane(view), 1200, 800);
        stage.setScene(scene);
        stage.show();
        view.setActive(true);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        System.out.printf("Organization of work: %d days, %d meetings, %d items, %d entries%n",
                session.organization().days().size(), session.organization().allSlots().size(),
                session.agenda().allItems().size(), session.organization().allEntries().size());
        System.out.printf("  first showing of the grid: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
    }

    @Test
    void oneGestureFromCommandToLaidOutGrid(FxRobot robot) {
        robot.interact(() -> {
            Random random = new Random(7);
            for (int i = 0; i < WARM_UP; i++) {
                gesture(random);
            }
            double[] incremental = new double[MEASURED];
            java.util.Map<String, List<Double>> byKind = new java.util.TreeMap<>();
            double[] command = new double[MEASURED];
            double[] css = new double[MEASURED];
            double[] layout = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long t = System.nanoTime();
                String kind = gesture(random);
                long t1 = System.nanoTime();
                cssPass();
                long t2 = System.nanoTime();
                scene.getRoot().layout();
                long t3 = System.nanoTime();
                incremental[i] = (t3 - t) / 1e6;
                command[i] = (t1 - t) / 1e6;
                css[i] = (t2 - t1) / 1e6;
                layout[i] = (t3 - t2) / 1e6;
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(incremental[i]);
            }
            report("incremental update (as shipped)", incremental);
            report("  of which the command, validation and the grid's update", command);
            report("  of which CSS", css);
            report("  of which layout", layout);
            byKind.forEach((kind, times) -> report("  " + kind, times.stream().mapToDouble(Double::doubleValue).toArray()));

            double[] rebuilt = new double[Boolean.getBoolean("agendum.benchmark.incrementalOnly") ? 0 : MEASURED / 10];
            for (int i = 0; i < rebuilt.length; i++) {
                gesture(random);
                long t = System.nanoTime();
                ScheduleGrid fresh = new ScheduleGrid(new ScheduleGrid.Decorators(c -> { }, c -> { }, h -> { }));
                view.setCenter(fresh);
                fresh.show(stack.meeting());
                cssPass();
                scene.getRoot().layout();
                rebuilt[i] = (System.nanoTime() - t) / 1e6;
            }
            if (rebuilt.length > 0) {
                report("grid rebuilt from nothing (for comparison)", rebuilt);
            }
        });
    }

    /**
     * The CSS pass of a pulse: only the nodes whose styles are dirty. ({@code applyCss()} on the root would
     * restyle the whole scene, which no pulse does.) Private in JavaFX, reached here by reflection: the tests run
     * with JavaFX on the class path.
     */
    private void cssPass() {
        try {
            if (doCssPass == null) {
                doCssPass = Scene.class.getDeclaredMethod("doCSSPass");
                doCssPass.setAccessible(true);
            }
            doCssPass.invoke(scene);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's CSS pass is not where it was", e);
        }
    }

    private java.lang.reflect.Method doCssPass;

    /** A random gesture: move a chip to a random place, take an item up, remove an entry, or undo. */
    private String gesture(Random random) {
        ScheduleCommands commands = view.commands();
        List<MeetingSlot> slots = stack.meeting().organization().allSlots();
        List<ScheduleEntry> entries = stack.meeting().organization().allEntries();
        MeetingSlot target = slots.get(random.nextInt(slots.size()));
        int index = random.nextInt(target.entries().size() + 1);
        switch (random.nextInt(5)) {
            case 0, 1 -> {
                commands.move(entries.get(random.nextInt(entries.size())).id(), target.id(), index);
                return "move a chip";
            }
            case 2 -> {
                List<ItemId> items = new ArrayList<>(stack.meeting().agenda().allIds());
                commands.schedule(items.get(random.nextInt(items.size())), target.id(), index);
                return "take an item up";
            }
            case 3 -> {
                EntryId gone = entries.get(random.nextInt(entries.size())).id();
                commands.remove(gone);
                return "remove a chip";
            }
            default -> {
                if (stack.canUndo()) {
                    stack.undo();
                }
                return "undo";
            }
        }
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("  %s, %d gestures: median %.2f ms, 95th %.2f ms, 99th %.2f ms, max %.2f ms%n", what,
                sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
