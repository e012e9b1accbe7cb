package org.agendum.ui.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RandomCommands;
import org.agendum.file.MeetingFiles;
import org.agendum.model.AgendaItem;
import org.agendum.model.Meeting;

/**
 * One command plus its view update in the whole main window with a meeting open: a random command (or the undo of
 * one) through the window's command stack, with everything the window does about it (validation, the agenda tree,
 * the item editor or the organization of work's grid, the status bar), then the CSS pass and the layout that the
 * next pulse does, timed together on the FX thread. Rendering, on JavaFX's own render thread, is not included.
 * Commands run in batches with pulses between them, so the window is also painted as it changes.
 *
 * <p>Two rounds: with the agenda item tab in front (the item with the longest annotation selected), then with the
 * organization of work in front; each applies {@code COMMANDS} random commands and undoes them all. Before them,
 * File ▸ Open of the same meeting into the window is timed the same way, and then typing: {@code TYPED} keys typed
 * into the middle of a 5,000-word annotation (key events to the focused area, as the keyboard sends them), each
 * timed from the key to the end of the layout, with the command it puts on the stack and all the window does about
 * it. Run under a display (the benchmark script
 * uses Xvfb): {@code WindowCommandBenchmark MEETING.agendum RESULTS.tsv [COMMANDS]}. Prints the figures and
 * writes them as {@code name<TAB>milliseconds} lines.
 */
public final class WindowCommandBenchmark {
    private static final int BATCH = 25;
    private static final int WARM_UP = 300;
    private static final int OPENS = 10;
    private static final int TYPED = 1500;
    private static final int ANNOTATION_WORDS = 5000;

    private WindowCommandBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        private Path results;
        private int commands;
        private Meeting meeting;
        private CommandStack stack;
        private MainWindow window;
        private Scene scene;
        private Method cssPass;
        private final List<String> lines = new ArrayList<>();

        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            Path file = Path.of(args.get(0));
            results = Path.of(args.get(1));
            commands = args.size() > 2 ? Integer.parseInt(args.get(2)) : 2000;
            meeting = MeetingFiles.load(file);
            stack = new CommandStack(meeting, Math.max(commands, CommandStack.DEFAULT_LIMIT));
            Path home = Files.createTempDirectory("agendum-window-bench");
            window = MainWindow.show(stage, stack, new WindowSetup().file(file).configFolder(home.resolve("config"))
                    .dataFolder(home.resolve("data")));
            scene = stage.getScene();
            cssPass = Scene.class.getDeclaredMethod("doCSSPass");
            cssPass.setAccessible(true);
            window.viewModel().select(longestAnnotation(meeting));
            // let the window show and settle, and the export's warm-up finish, before anything is timed
            later(3000, this::run);
        }

        private void run() {
            double[] opens = new double[OPENS];
            // a fresh copy each time, as a file opened anew: the views skip a meeting that is the same instance
            Meeting[] copies = {copy(meeting), meeting};
            for (int i = 0; i < OPENS; i++) {
                long t = System.nanoTime();
                stack.reset(copies[i % 2], true);
                update();
                opens[i] = millis(t);
            }
            report("window.open", "File > Open of the meeting into the window (" + OPENS + " times)", opens);
            typing(() -> randomRounds());
        }

        /**
         * Keys typed into the middle of a 5,000-word annotation, in batches with pulses between them (as a typist's
         * keys arrive), each timed from the key event to the end of the next layout.
         */
        private void typing(Runnable then) {
            org.agendum.model.ItemId item = longestAnnotation(meeting);
            window.viewModel().select(item);
            stack.execute(new org.agendum.edit.ReplaceAnnotation(item, LongAnnotation.of(ANNOTATION_WORDS)));
            update();
            var area = (org.agendum.ui.annotation.AnnotationArea) scene.lookup("#annotationArea");
            area.requestFocus();
            area.moveTo(area.getLength() / 2);
            String keys = "The Working Group may wish to consider the matter further. ";
            // warmed up as the random commands are: the first keys of a fresh JVM are compiled, not measured
            double[] warmUp = new double[WARM_UP];
            double[] typed = new double[TYPED];
            double[] event = new double[TYPED];
            double[] cpu = new double[TYPED];
            typeKeys(area, keys, warmUp, new double[WARM_UP], new double[WARM_UP], () -> typeKeys(area, keys, typed,
                    event, cpu, () -> {
                report("window.typing", "one key typed into a " + ANNOTATION_WORDS + "-word annotation + view update ("
                        + TYPED + " keys, " + stack.undoDepth() + " undo steps)", typed);
                report("window.typing.event", "    of which the key event, the command and its listeners", event);
                report("window.typing.cpu", "    the FX thread's CPU time of one key + view update", cpu);
                while (stack.canUndo()) {
                    stack.undo();
                }
                update();
                later(500, then);
            }));
        }

        private void typeKeys(javafx.scene.Node area, String keys, double[] total, double[] event, double[] cpu,
                Runnable then) {
            batches(0, total.length, i -> {
                long[] before = Breakdown.mark();
                long t = System.nanoTime();
                javafx.event.Event.fireEvent(area, new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_TYPED, String.valueOf(keys.charAt(i % keys.length())), "",
                        javafx.scene.input.KeyCode.UNDEFINED, false, false, false, false));
                event[i] = millis(t);
                update();
                total[i] = millis(t);
                cpu[i] = Breakdown.cpuSince(before);
            }, then);
        }

        private void randomRounds() {
            window.viewModel().select(longestAnnotation(meeting));
            RandomCommands random = new RandomCommands(11);
            rounds(random, new ArrayList<>(List.of(
                    new Round("warm-up", WARM_UP, () -> { }),
                    new Round("item", commands, () -> { }),
                    new Round("schedule", commands, () -> window.actions().fire(AppAction.SHOW_SCHEDULE)))));
        }

        /** A long annotation of plain paragraphs of about 125 words each, the words of a real annotation. */
        private static final class LongAnnotation {
            private static final String[] WORDS = ("In its resolution the Conference decided to continue the process "
                    + "of establishing the mechanism for the review of the implementation of the Convention and the "
                    + "Protocols thereto based on the recommendations contained in the report of the meeting held in "
                    + "Vienna").split(" ");

            static org.agendum.model.RichText of(int words) {
                List<org.agendum.model.Paragraph> paragraphs = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < words; i++) {
                    text.append(WORDS[i % WORDS.length]).append(i % 125 == 124 ? "." : " ");
                    if (i % 125 == 124) {
                        paragraphs.add(org.agendum.model.Paragraph.body(text.toString()));
                        text.setLength(0);
                    }
                }
                return new org.agendum.model.RichText(paragraphs);
            }
        }

        private record Round(String name, int commands, Runnable setUp) {
        }

        /** Each round in turn; within one, batches of commands, then batches of undos, each batch its own event. */
        private void rounds(RandomCommands random, List<Round> left) {
            if (left.isEmpty()) {
                finish();
                return;
            }
            Round round = left.remove(0);
            round.setUp().run();
            update();
            double[] apply = new double[round.commands()];
            double[] undo = new double[round.commands()];
            Breakdown parts = new Breakdown(round.commands());
            Breakdown undoParts = new Breakdown(round.commands());
            int[] refused = new int[1];
            batches(0, round.commands(), i -> {
                long[] before = Breakdown.mark();
                long t = System.nanoTime();
                if (!random.runNext(stack)) {
                    refused[0]++;
                }
                long t1 = System.nanoTime();
                cssPass();
                long t2 = System.nanoTime();
                scene.getRoot().layout();
                apply[i] = millis(t);
                parts.add(i, random.lastKind(), before, t1 - t, t2 - t1, System.nanoTime() - t2);
            }, () -> {
                int done = stack.undoDepth();
                batches(0, done, i -> {
                    long[] before = Breakdown.mark();
                    long t = System.nanoTime();
                    String kind = stack.undoLabel().orElse("?");
                    stack.undo();
                    long t1 = System.nanoTime();
                    cssPass();
                    long t2 = System.nanoTime();
                    scene.getRoot().layout();
                    undo[i] = millis(t);
                    undoParts.add(i, kind, before, t1 - t, t2 - t1, System.nanoTime() - t2);
                }, () -> {
                    if (!round.name().equals("warm-up")) {
                        String where = round.name().equals("item") ? "the agenda item in front"
                                : "the organization of work in front";
                        report("window." + round.name() + ".command", "one command + view update, " + where
                                + " (" + round.commands() + " commands, " + refused[0] + " refused)", apply);
                        parts.printSlowest(apply, 0.99);
                        parts.printCostliestKinds(round.commands(), 6);
                        parts.printAllocation(round.commands());
                        report("window." + round.name() + ".command.cpu", "    the FX thread's CPU time of one command"
                                + " + view update", parts.cpuMillis());
                        report("window." + round.name() + ".undo", "one undo + view update, " + where,
                                Arrays.copyOf(undo, done));
                        undoParts.printSlowest(Arrays.copyOf(undo, done), 0.99);
                        undoParts.printCostliestKinds(done, 6);
                        undoParts.printAllocation(done);
                        report("window." + round.name() + ".undo.cpu", "    the FX thread's CPU time of one undo"
                                + " + view update", Arrays.copyOf(undoParts.cpuMillis(), done));
                    }
                    later(500, () -> rounds(random, left));
                });
            });
        }

        private interface Step {
            void run(int index);
        }

        private void batches(int from, int to, Step step, Runnable then) {
            int end = Math.min(to, from + BATCH);
            for (int i = from; i < end; i++) {
                step.run(i);
            }
            Platform.runLater(end < to ? () -> batches(end, to, step, then) : then);
        }

        /** What the next pulse does before rendering: the CSS pass (only dirty nodes, as a pulse) and layout. */
        private void update() {
            cssPass();
            scene.getRoot().layout();
        }

        private void cssPass() {
            try {
                cssPass.invoke(scene);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("JavaFX's CSS pass is not where it was", e);
            }
        }

        private void report(String key, String what, double[] millis) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            double p50 = at(sorted, 0.50);
            double p95 = at(sorted, 0.95);
            double p99 = at(sorted, 0.99);
            double max = sorted[sorted.length - 1];
            System.out.printf(Locale.ROOT, "%s: median %.2f ms, 95th %.2f ms, 99th %.2f ms, max %.2f ms%n", what,
                    p50, p95, p99, max);
            for (String[] figure : new String[][] {{"p50", fmt(p50)}, {"p95", fmt(p95)}, {"p99", fmt(p99)},
                {"max", fmt(max)}}) {
                lines.add(key + "." + figure[0] + "\t" + figure[1]);
            }
        }

        private void finish() {
            try {
                Files.write(results, lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Platform.exit();
            System.exit(0); // the window's autosave and export threads need not be waited for
        }

        private static String fmt(double value) {
            return String.format(Locale.ROOT, "%.3f", value);
        }

        private static double at(double[] sorted, double quantile) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
        }

        private static double millis(long since) {
            return (System.nanoTime() - since) / 1e6;
        }

        private static void later(long millis, Runnable action) {
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(millis));
            pause.setOnFinished(event -> action.run());
            pause.play();
        }

        private static Meeting copy(Meeting meeting) {
            try {
                return MeetingFiles.read(MeetingFiles.write(meeting), "copy");
            } catch (org.agendum.file.MeetingFileException e) {
                throw new IllegalStateException(e);
            }
        }

        private static org.agendum.model.ItemId longestAnnotation(Meeting meeting) {
            AgendaItem longest = meeting.agenda().allItems().get(0);
            for (AgendaItem item : meeting.agenda().allItems()) {
                if (item.annotation().paragraphs().size() > longest.annotation().paragraphs().size()) {
                    longest = item;
                }
            }
            return longest.id();
        }
    }
}
