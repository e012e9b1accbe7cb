package org.agendum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.model.Meeting;
import org.agendum.validation.MeetingValidator;
import org.agendum.validation.Problem;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the window does with a whole meeting, warm, in one process: open a meeting file, save it (atomically, with
 * its backup, as File ▸ Save does), validate it (after every edit), and export it to Word (File ▸ Export, written to
 * a file). For the sample and for the large meeting written by {@link BenchmarkFiles} into {@code agendum.bench.dir}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MeetingBenchmark {
    @Param({"sample", "large"})
    public String meeting;

    private Path file;
    private Meeting loaded;
    private Path scratch;
    private Path saved;
    private Path exported;

    @Setup(Level.Trial)
    public void setUp() throws IOException, MeetingFileException {
        file = BenchFolder.path().resolve(meeting + MeetingFiles.EXTENSION);
        loaded = MeetingFiles.load(file);
        scratch = Files.createTempDirectory(BenchFolder.path(), "jmh-");
        saved = scratch.resolve(meeting + MeetingFiles.EXTENSION);
        exported = scratch.resolve(meeting + ".docx");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(scratch)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(scratch);
    }

    @Benchmark
    public Meeting open() throws MeetingFileException {
        return MeetingFiles.load(file);
    }

    @Benchmark
    public Path save() throws IOException {
        MeetingFiles.save(loaded, saved);
        return saved;
    }

    @Benchmark
    public List<Problem> validate() {
        return MeetingValidator.validate(loaded);
    }

    /** A few hundred milliseconds an export: longer iterations than the rest, so that each holds several. */
    @Benchmark
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Path exportDocx() throws IOException {
        WordExport.export(loaded, exported, ExportOptions.DEFAULT);
        return exported;
    }
}
