package org.agendum.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.file.SampleMeeting;

/**
 * The worst inputs a meeting file can be, for the fuzzing test and for the window's test that opens some of them:
 * the sample's own bytes to damage, data nested far deeper than any meeting, a Word document renamed, text that is
 * not UTF-8.
 */
public final class HostileFiles {
    public static final String SAMPLE_RESOURCE = "/org/agendum/sample/CTOC_COP_WG.4_2018_1.agendum";
    /** Deeper than the reader's limit of 64 by far, and deep enough to overflow any recursive parser's stack. */
    public static final int DEEP = 100_000;

    private HostileFiles() {
    }

    /** The built-in sample's file, byte for byte. */
    public static byte[] sample() {
        try (InputStream in = HostileFiles.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code [[[…]]]}, {@code depth} lists deep. */
    public static String nestedLists(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** {@code {"a": {"a": … {}}}}, {@code depth} objects deep. */
    public static String nestedObjects(int depth) {
        return "{\"a\": ".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    /** Agenda items nested {@code depth} deep, one per level: what a valid file allows 16 of. */
    public static String nestedItems(int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            out.append("{\"id\": \"i").append(i).append("\", \"title\": \"t\", \"items\": [");
        }
        return out.append("]}".repeat(depth)).toString();
    }

    /** The sample with its agenda replaced by {@code json}, on one line. */
    public static byte[] sampleWithAgenda(String json) {
        String sample = new String(sample(), StandardCharsets.UTF_8);
        int start = sample.indexOf("\"agenda\": [");
        int end = sample.indexOf("\"organizationOfWork\"");
        return (sample.substring(0, start) + "\"agenda\": [" + json + "],\n  " + sample.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The sample exported as a Word document: what a renamed .docx holds. */
    public static byte[] wordDocument() {
        try {
            return WordExport.toBytes(SampleMeeting.load(), ExportOptions.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip archive holding the sample's file: a meeting someone zipped and renamed back. */
    public static byte[] zippedSample() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("CTOC_COP_WG.4_2018_1.agendum"));
            zip.write(sample());
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Byte sequences that are never UTF-8: a lone continuation byte, overlong forms, surrogates, beyond U+10FFFF… */
    public static final byte[][] INVALID_UTF8 = {
        {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF},
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF5}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE},
        {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x80, ' '}, {(byte) 0xC3, ' '}, {(byte) 0x93}, {(byte) 0xF0, (byte) 0x9F},
    };

    /** {@code bytes} with {@code inserted} put in at {@code at}. */
    public static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }
}
