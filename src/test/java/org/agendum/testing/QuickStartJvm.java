package org.agendum.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Java options under which a child JVM of the tests starts in about half the time: the classes it loads come
 * ready-made from a class-data-sharing archive that a first run writes as it exits. Tests that start
 * hundreds of processes to kill them need this to stay within CI's time.
 *
 * <p>The archive cannot hold classes loaded from folders, so the class path is this JVM's own with each folder
 * ({@code target/classes}, {@code target/test-classes}) packed into a jar: the same classes, in the same order. If
 * the archive cannot be written or used, the child simply starts without it (slower, the same behaviour).
 */
public final class QuickStartJvm {
    private QuickStartJvm() {
    }

    /**
     * Prepares the class path and the archive in {@code folder} by running {@code warmUp} with {@code args} until it
     * exits by itself, and returns the options for {@link ChildJvm#start}.
     */
    public static List<String> options(Path folder, Class<?> warmUp, List<String> args) {
        try {
            Files.createDirectories(folder);
            String classPath = packedClassPath(folder);
            List<String> common = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
                    "-XX:-UsePerfData", "-Xmx256m", "-cp", classPath);
            Path archive = folder.resolve("classes.jsa");
            List<String> dump = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + archive));
            dump.addAll(common);
            ChildJvm run = ChildJvm.start(warmUp, dump, args, folder.resolve("warm-up-errors.txt"));
            int exit = run.waitForExit(120);
            List<String> options = new ArrayList<>();
            if (exit == 0 && Files.isRegularFile(archive)) {
                options.add("-XX:SharedArchiveFile=" + archive);
            }
            options.addAll(common);
            return List.copyOf(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing a child JVM", e);
        }
    }

    /** This JVM's class path, each folder in it replaced by a jar of its content. */
    private static String packedClassPath(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        int packed = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = folder.resolve("classes-" + packed++ + ".jar");
                pack(path, jar);
                out.add(jar.toString());
            } else if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    private static void pack(Path directory, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(directory.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }
}
