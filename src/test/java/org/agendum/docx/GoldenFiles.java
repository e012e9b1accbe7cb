package org.agendum.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the golden documents of {@link GoldenMeetings} with the export as it is now, into the test resources:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat classpath) org.agendum.docx.GoldenFiles src/test/resources/org/agendum/docx/golden
 * </pre>
 *
 * The goldens were written by the XMLBeans export before the streaming one replaced it (issue 16), so that the
 * new writer had to give the same documents. Run it again only when the document is meant to change, and read
 * the differences {@code GoldenExportTest} reported before, since they are then the review of that change.
 */
public final class GoldenFiles {
    private GoldenFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GoldenFiles FOLDER");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        Path emblem = folder.resolve(GoldenMeetings.EMBLEM);
        if (!Files.exists(emblem)) {
            EmblemImageTestSupport.writePng(emblem, 240, 200);
        }
        for (GoldenMeetings.Golden golden : GoldenMeetings.all()) {
            ExportOptions options = golden.withEmblem() ? ExportOptions.DEFAULT.withEmblemImage(emblem)
                    : ExportOptions.DEFAULT;
            byte[] bytes = WordExport.toBytes(golden.meeting().get(), options);
            Files.write(folder.resolve(golden.fileName()), bytes);
            System.out.printf("%-45s %,10d bytes%n", golden.fileName(), bytes.length);
        }
    }
}
