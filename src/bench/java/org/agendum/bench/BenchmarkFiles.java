package org.agendum.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendum.file.MeetingFiles;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Meeting;
import org.agendum.testing.GeneralAssemblySession;
import org.agendum.testing.MeetingMarkdown;

/**
 * Writes the benchmark's two meetings into a folder, each as a meeting file and as the same content in Markdown
 * for pandoc: {@code sample.agendum}/{@code sample.md} (the built-in sample) and {@code large.agendum}/{@code
 * large.md} (a General Assembly session, {@link GeneralAssemblySession}).
 */
public final class BenchmarkFiles {
    private BenchmarkFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        write(folder, "sample", SampleMeeting.load());
        write(folder, "large", GeneralAssemblySession.meeting());
    }

    private static void write(Path folder, String name, Meeting meeting) throws IOException {
        Path file = folder.resolve(name + MeetingFiles.EXTENSION);
        Files.write(file, MeetingFiles.write(meeting));
        Path markdown = folder.resolve(name + ".md");
        Files.writeString(markdown, MeetingMarkdown.of(meeting), StandardCharsets.UTF_8);
        System.out.printf("%-8s %3d items, %4d paragraphs, %3d entries: %s %,d bytes, %s %,d bytes%n", name,
                meeting.agenda().size(),
                meeting.agenda().allItems().stream().mapToInt(i -> i.annotation().paragraphs().size()).sum(),
                meeting.organization().allEntries().size(), file.getFileName(), Files.size(file),
                markdown.getFileName(), Files.size(markdown));
    }
}
