package org.agendum.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second Java process running a main class of the tests, on the same Java and classes as the test (this JVM's
 * class path, {@link #sameClassPath()}, or the same classes packed for a quick start, {@link QuickStartJvm}), for
 * tests that kill a process (SIGKILL: {@link Process#destroyForcibly()} on Linux and macOS) and look at what it left
 * on disk. What the child
 * prints on standard output arrives line by line through {@link #nextLine}; everything it printed is in
 * {@link #lines()} once it has been killed. Its standard error goes to a file, shown when a test fails.
 */
public final class ChildJvm implements AutoCloseable {
    /** The end of the child's output in the queue (a line cannot be null, so this object stands for it). */
    private static final String END = new String("end of output");

    private final Process process;
    private final Path errors;
    private final Thread reader;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        reader = new Thread(this::readOutput, "child-jvm-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The options of a child that shows a window headless, as the tests' windows are (the pom's testfx.args), on this
     * JVM's class path.
     */
    public static List<String> headlessWindow() {
        List<String> options = new java.util.ArrayList<>(List.of("-Djava.awt.headless=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1200-32", "-Xss4m"));
        options.addAll(sameClassPath());
        return options;
    }

    /** This JVM's class path, for {@link #start}: the child sees the same classes as the test. */
    public static List<String> sameClassPath() {
        return List.of("-cp", System.getProperty("java.class.path"));
    }

    /**
     * Starts {@code mainClass} with {@code jvmOptions} (the class path, system properties, heap size…) and
     * {@code args}.
     *
     * @param errorLog where the child's standard error goes
     */
    public static ChildJvm start(Class<?> mainClass, List<String> jvmOptions, List<String> args, Path errorLog) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(jvmOptions);
        command.add(mainClass.getName());
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.to(errorLog.toFile()))
                    .start();
            return new ChildJvm(process, errorLog);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command.get(0), e);
        }
    }

    /** The java launcher of this JVM: the child runs on the same Java as the test. */
    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public long pid() {
        return process.pid();
    }

    /** The child's next line of output; null when it has ended, or after {@code seconds} without one. */
    public String nextLine(long seconds) throws InterruptedException {
        String line = queue.poll(seconds, TimeUnit.SECONDS);
        if (line == END) {
            queue.add(END); // stays at the end for the next caller
            return null;
        }
        return line;
    }

    /** Waits until the child ends by itself and returns its exit code; kills it after {@code seconds}. */
    public int waitForExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            kill();
            throw new IllegalStateException("The child process did not end within " + seconds + " s: " + errors());
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        return process.exitValue();
    }

    /** Kills the process at once (SIGKILL: no shutdown hooks, no finally blocks) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** Every line the child printed, complete only after {@link #kill()} (the pipe is then read to its end). */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** What the child printed on standard error, for a failure message. */
    public String errors() {
        try {
            return Files.exists(errors) ? Files.readString(errors, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(its standard error could not be read: " + e.getMessage() + ")";
        }
    }

    /** Kills the child if it still runs (a test that failed half-way leaves no process behind). */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                queue.add(line);
            }
        } catch (IOException e) {
            // the pipe broke with the process: what was read is what there is
        } finally {
            queue.add(END);
        }
    }
}
