package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 8: the emblem is read only from an ordinary file, bounded in size and in pixels. */
class EmblemImageTest {
    @TempDir
    Path dir;

    /** A PNG signature and IHDR chunk claiming width × height (no picture data: it is never decoded). */
    static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream c = new DataOutputStream(chunk);
        c.writeBytes("IHDR");
        c.writeInt(width);
        c.writeInt(height);
        c.write(new byte[] {8, 6, 0, 0, 0});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }

    @Test
    void aPictureClaimingHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        Path png = Files.write(dir.resolve("huge.png"), pngHeader(Integer.MAX_VALUE, 1));
        assertThatThrownBy(() -> EmblemImage.read(png)).isInstanceOf(EmblemImageException.class)
                .hasMessageContaining("2147483647 × 1 pixels").hasMessageContaining("at most 10000");
    }

    @Test
    void aPictureOfSensibleSizeIsSized() throws IOException {
        Path png = Files.write(dir.resolve("emblem.png"), pngHeader(200, 200));
        EmblemImage image = EmblemImage.read(png);
        assertThat(image.heightEmu()).isEqualTo(EmblemImage.BOX_HEIGHT_EMU);
    }

    @Test
    void aFileLargerThanFiveMegabytesIsRefused() throws IOException {
        Path big = dir.resolve("big.png");
        Files.write(big, pngHeader(10, 10));
        Files.write(big, new byte[(int) EmblemImage.MAX_BYTES], java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> EmblemImage.read(big)).isInstanceOf(EmblemImageException.class)
                .hasMessageContaining("larger than 5 MB");
    }

    @Test
    void aDeviceOrFolderIsRefused() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertThatThrownBy(() -> EmblemImage.read(zero)).isInstanceOf(EmblemImageException.class)
                .hasMessageContaining("not an ordinary file");
        assertThatThrownBy(() -> EmblemImage.read(dir)).isInstanceOf(EmblemImageException.class)
                .hasMessageContaining("not an ordinary file");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsRefusedWithoutHanging() throws Exception {
        Path fifo = org.agendum.testing.NamedPipes.create(dir, "emblem.png");
        assertThatThrownBy(() -> EmblemImage.read(fifo)).isInstanceOf(EmblemImageException.class)
                .hasMessageContaining("not an ordinary file");
    }
}
