package org.agendum.bench;

import java.util.concurrent.TimeUnit;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RandomCommands;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Meeting;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 10,000 random commands applied to a meeting through its command stack, each chosen from the meeting as it is then
 * (as a gesture picks its item), and then all of them undone: the model's share of editing, without the views.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CommandsBenchmark {
    public static final int COMMANDS = 10_000;

    @Param({"sample", "large"})
    public String meeting;

    private Meeting loaded;

    @Setup(Level.Trial)
    public void setUp() throws MeetingFileException {
        loaded = MeetingFiles.load(BenchFolder.path().resolve(meeting + MeetingFiles.EXTENSION));
    }

    @Benchmark
    public Meeting applyAndUndo10000() {
        CommandStack stack = new CommandStack(loaded, COMMANDS);
        RandomCommands commands = new RandomCommands(7);
        for (int i = 0; i < COMMANDS; i++) {
            commands.runNext(stack);
        }
        while (stack.canUndo()) {
            stack.undo();
        }
        if (stack.meeting() != loaded) { // undo restores the very snapshot it took
            throw new IllegalStateException("undoing every command did not give the meeting back");
        }
        return stack.meeting();
    }
}
