package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The export writes the same documents as the goldens (issue 16): for each meeting of {@link GoldenMeetings}, the
 * exported package and the golden one have the same parts, content types and relationships, and XML-equivalent
 * parts ({@link PackageComparison}). The goldens were written by the XMLBeans export this streaming one replaced.
 */
class GoldenExportTest {
    static List<GoldenMeetings.Golden> goldens() {
        return GoldenMeetings.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void theExportIsTheGoldenDocument(GoldenMeetings.Golden golden) throws Exception {
        ExportOptions options = golden.withEmblem() ? ExportOptions.DEFAULT.withEmblemImage(emblem())
                : ExportOptions.DEFAULT;
        byte[] exported = WordExport.toBytes(golden.meeting().get(), options);

        assertThat(PackageComparison.differences(golden(golden.fileName()), exported)).isEmpty();
    }

    static byte[] golden(String fileName) throws IOException {
        try (InputStream in = GoldenExportTest.class.getResourceAsStream(GoldenMeetings.FOLDER + fileName)) {
            assertThat(in).as("golden file %s", fileName).isNotNull();
            return in.readAllBytes();
        }
    }

    static Path emblem() throws URISyntaxException {
        return Path.of(GoldenExportTest.class.getResource(GoldenMeetings.FOLDER + GoldenMeetings.EMBLEM).toURI());
    }
}
