package org.agendum.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.agendum.importing.recognize.MastheadRead;
import org.agendum.importing.recognize.NotAnAgendaException;
import org.agendum.model.Distribution;
import org.agendum.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A/80/590, a real DGACM document that is not an agenda (the Secretary-General's report on a mission's budget
 * performance; src/test/resources/reference/A_80_590.docx, as the Official Document System serves it). Its masthead
 * is in the first page's header ("United Nations", "A/80/590", "General Assembly", "Distr.: General", "7 January
 * 2026", "Original: English") and its job line in the first page's footer ("26-00248 (E) 160126", the barcode under
 * it). The import says in one sentence that it holds no agenda, and names what it read of the masthead.
 */
class NotAnAgendaDocumentTest {
    @Test
    void aReportIsNoAgendaAndItsMastheadIsReadRight(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("A_80_590.docx");
        try (InputStream in = NotAnAgendaDocumentTest.class.getResourceAsStream("/reference/A_80_590.docx")) {
            Files.copy(in, file);
        }

        NotAnAgendaException e = catchThrowableOfType(() -> Importer.importFile(file), NotAnAgendaException.class);

        assertThat(e).as("A/80/590 is refused as no agenda").isNotNull();
        assertThat(e.masthead()).isEqualTo(new MastheadRead(Optional.of("General Assembly"), Optional.of("A/80/590"),
                Optional.of(Distribution.GENERAL), Optional.of(LocalDate.of(2026, 1, 7)), Optional.of(Language.ENGLISH),
                Optional.of("26-00248")));
        assertThat(e.getMessage())
                .startsWith("A_80_590.docx holds no agenda: ")
                .contains("symbol A/80/590", "body General Assembly", "distribution General", "dated 7 January 2026",
                        "original language English")
                .endsWith(".");
        // one sentence: no full stop before the end but those of "1., 2., …" and of no abbreviation
        assertThat(e.getMessage().replace("1., 2., \u2026", "").replaceAll("\\.$", "")).doesNotContain(". ");
    }
}
