package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Meeting;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Writing the file, the emblem from the preferences, progress, and exporting from several threads at once. */
class WordExportFileTest {
    private final Meeting sample = SampleMeeting.load();

    @Test
    void theFileIsWrittenReplacingAnOlderOneAndProgressRunsToTheEnd(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("agenda.docx");
        Files.writeString(file, "an older export");
        List<Double> done = new ArrayList<>();
        List<String> steps = new ArrayList<>();

        WordExport.export(sample, file, ExportOptions.DEFAULT, (fraction, step) -> {
            done.add(fraction);
            steps.add(step);
        });

        try (ExportedDocument exported = ExportedDocument.read(Files.readAllBytes(file))) {
            assertThat(exported.bodyLines()).contains("Working Group on Trafficking in Persons");
        }
        assertThat(done).isSorted().startsWith(0.0).endsWith(1.0);
        assertThat(steps).contains("Writing the annotations", "Writing the organization of work");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary file or backup left behind
        }
    }

    @Test
    void aFolderThatDoesNotExistIsReportedInPlainWordsAndNothingIsWritten(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("agenda.docx");
        assertThatThrownBy(() -> WordExport.export(sample, file, ExportOptions.DEFAULT))
                .isInstanceOf(IOException.class).isNotInstanceOf(EmblemImageException.class)
                .hasMessageContaining("cannot be found");
        assertThat(file).doesNotExist();
    }

    /** A JPEG or GIF emblem is its own kind of part, as POI named them: word/media/image1.jpeg or .gif. */
    @ParameterizedTest
    @CsvSource({"jpeg, jpg, image/jpeg", "gif, gif, image/gif"})
    void aJpegOrGifEmblemKeepsItsFormat(String extension, String imageIoFormat, String contentType, @TempDir Path dir)
            throws Exception {
        Path emblem = dir.resolve("emblem." + imageIoFormat);
        BufferedImage image = new BufferedImage(200, 160, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, imageIoFormat, emblem.toFile());

        try (ExportedDocument exported = ExportedDocument.of(sample, ExportOptions.DEFAULT.withEmblemImage(emblem))) {
            var pictures = exported.firstHeader().getAllPictures();
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getPackagePart().getPartName().getName())
                    .isEqualTo("/word/media/image1." + extension);
            assertThat(pictures.get(0).getPackagePart().getContentType()).isEqualTo(contentType);
            assertThat(pictures.get(0).getData()).isEqualTo(Files.readAllBytes(emblem));
        }
    }

    @Test
    void theEmblemFromThePreferencesGoesInTheMastheadAtItsProportions(@TempDir Path dir) throws Exception {
        Path emblem = dir.resolve("emblem.png");
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 300);
        g.setColor(Color.BLACK);
        g.drawOval(10, 10, 280, 280);
        g.dispose();
        ImageIO.write(image, "png", emblem.toFile());

        try (ExportedDocument exported = ExportedDocument.of(sample, ExportOptions.DEFAULT.withEmblemImage(emblem))) {
            List<XWPFPicture> pictures = exported.firstHeader().getTables().get(0).getRow(1).getCell(0)
                    .getParagraphs().get(0).getRuns().stream().flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertThat(pictures).hasSize(1);
            // a square picture fills the height of A/80/590's emblem box (1.66 cm) and keeps its shape
            assertThat(pictures.get(0).getDepth()).isCloseTo(597103 / 12700.0, org.assertj.core.data.Offset.offset(0.1));
            assertThat(pictures.get(0).getWidth()).isCloseTo(597103 / 12700.0, org.assertj.core.data.Offset.offset(0.1));
        }
        try (ExportedDocument without = ExportedDocument.of(sample)) {
            assertThat(without.firstHeader().getAllPictures()).isEmpty();
            assertThat(without.firstHeader().getTables().get(0).getRow(1).getTableCells()).hasSize(4);
        }
    }

    @Test
    void anEmblemThatCannotBeUsedIsReportedByName(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("emblem.jpg");
        assertThatThrownBy(() -> WordExport.toBytes(sample, ExportOptions.DEFAULT.withEmblemImage(missing)))
                .isInstanceOf(EmblemImageException.class)
                .hasMessage("The emblem picture " + missing + " does not exist.");
        Path text = Files.writeString(dir.resolve("emblem.png"), "not a picture");
        assertThatThrownBy(() -> WordExport.toBytes(sample, ExportOptions.DEFAULT.withEmblemImage(text)))
                .isInstanceOf(EmblemImageException.class)
                .hasMessage("The emblem picture " + text + " is not a PNG, JPEG or GIF picture.");
    }

    @Test
    void warmingUpNeedsNoMeetingAndAnEmptyMeetingExportsWithoutSections() throws Exception {
        WordExport.warmUp();
        try (ExportedDocument empty = ExportedDocument.of(Meeting.blank(java.time.LocalDate.of(2026, 1, 5)))) {
            assertThat(empty.bodyTables()).isEmpty();
            assertThat(empty.allLines()).noneMatch(line -> line.contains("Provisional agenda"));
            assertThat(ExportedDocument.lines(empty.firstHeader()).get(1))
                    .endsWith("Distr.: General 5 January 2026 Original: English");
        }
    }

    @Test
    void exportsOnSeveralThreadsAtOnceGiveTheSameDocument() throws Exception {
        String expected;
        try (ExportedDocument one = ExportedDocument.of(sample)) {
            expected = String.join("\n", one.allLines());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<byte[]> export = () -> WordExport.toBytes(sample, ExportOptions.DEFAULT);
                results.add(pool.submit(export));
            }
            for (Future<byte[]> result : results) {
                try (ExportedDocument exported = ExportedDocument.read(result.get())) {
                    assertThat(String.join("\n", exported.allLines())).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
