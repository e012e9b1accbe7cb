package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.agendum.model.DutyStation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's view of an emblem picture: the export's checks and fitting, and the masthead's measures. */
class EmblemPictureTest {
    @TempDir
    Path dir;

    @Test
    void aPictureIsReadAsTheExportReadsItAndFittedIntoTheBoxAlike() throws IOException {
        Path png = EmblemImageTestSupport.writePng(dir.resolve("emblem.png"), 400, 200);
        EmblemPicture picture = EmblemPicture.read(png);
        assertThat(picture.file()).isEqualTo(png);
        assertThat(picture.widthPixels()).isEqualTo(400);
        assertThat(picture.heightPixels()).isEqualTo(200);
        // twice as wide as high: the box's whole width, and half of the width's height in the box's proportions
        assertThat(picture.widthInBox()).isEqualTo(1.0);
        assertThat(picture.heightInBox()).isCloseTo(713232 / 2.0 / 597103, org.assertj.core.data.Offset.offset(1e-5));
        try (InputStream in = picture.open()) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(png));
        }
    }

    @Test
    void aPictureTheExportRefusesIsRefusedWithTheSameSentence() throws IOException {
        Path text = Files.writeString(dir.resolve("emblem.png"), "not a picture");
        assertThatThrownBy(() -> EmblemPicture.read(text)).isInstanceOf(EmblemImageException.class)
                .hasMessage("The emblem picture " + text + " is not a PNG, JPEG or GIF picture.");
    }

    @Test
    void theMastheadsColumnsFillEachDutyStationsTextWidth() {
        for (DutyStation station : DutyStation.values()) {
            assertThat(Arrays.stream(MastheadLayout.columns(station)).sum())
                    .isEqualTo(PageGeometry.of(station).textWidth());
        }
        assertThat(MastheadLayout.columns(DutyStation.NEW_YORK)).startsWith(1267, 1872, 245).endsWith(245, 3096);
    }
}
