package org.agendum.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip file built from entries that are deflated as they are written, each into its own buffer, and put
 * together at the end in the order asked for.
 *
 * <p>Why not {@link java.util.zip.ZipOutputStream}: it writes one entry at a time, in the order they are
 * written, and the export writes the footnotes while it writes the body, and learns only at the end which parts
 * the package has, which {@code [Content_Types].xml} lists and which readers and file-type sniffers expect as
 * the first entry. Deflating each part into its own buffer keeps only the compressed bytes in memory (a
 * General-Assembly-size body is 1.9 MB of XML and 150 kB deflated). The format is the plain one of APPNOTE.TXT:
 * local headers with sizes and CRC known, a central directory, no ZIP64 (a document is far below 4 GB).
 */
final class ZipArchive {
    /**
     * Deflate's fastest level. Once the XML was streamed, deflating it at the default level (POI's) was half of a
     * General-Assembly-size export's CPU time (20 of 38 ms); the fastest level takes a third of that for a file a
     * third larger (254 kB instead of 195 kB for 263 pages), which no reader notices.
     */
    private static final int LEVEL = Deflater.BEST_SPEED;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int VERSION = 20;
    private static final int DEFLATED = 8;
    private static final int UTF8_NAMES = 1 << 11;
    private static final long MAX_SIZE = 0xFFFFFFFFL;

    private record Entry(String name, byte[] data, int dataLength, long crc, long size) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final int dosTime;
    private final int dosDate;

    /** @param modified the entries' time stamp, in the local time zip files use */
    ZipArchive(LocalDateTime modified) {
        LocalDateTime time = modified.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : modified;
        dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() >> 1;
        dosDate = time.getYear() - 1980 << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
    }

    /** A stream for one entry's bytes; the entry is added when the stream is closed. */
    OutputStream entry(String name) {
        return new EntryStream(name);
    }

    void add(String name, byte[] content) {
        try (OutputStream out = entry(name)) {
            out.write(content);
        } catch (IOException e) {
            throw new IllegalStateException(e); // the stream writes into memory
        }
    }

    boolean contains(String name) {
        return entries.stream().anyMatch(e -> e.name.equals(name));
    }

    /** The zip file: the entries named in {@code first} in that order, then the others in the order they were added. */
    byte[] toBytes(String... first) {
        List<Entry> ordered = new ArrayList<>(entries.size());
        for (String name : first) {
            entries.stream().filter(e -> e.name.equals(name)).findFirst().ifPresent(ordered::add);
        }
        entries.stream().filter(e -> !Arrays.asList(first).contains(e.name)).forEach(ordered::add);
        if (ordered.size() > 0xFFFF) {
            throw new IllegalStateException("too many entries for a zip file without ZIP64: " + ordered.size());
        }
        int total = 22;
        for (Entry entry : ordered) {
            total += 30 + 46 + 2 * nameBytes(entry).length + entry.dataLength;
        }
        Bytes out = new Bytes(total);
        int[] offsets = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            Entry entry = ordered.get(i);
            offsets[i] = out.length;
            byte[] name = nameBytes(entry);
            out.int32(LOCAL_HEADER).int16(VERSION).int16(flags(entry)).int16(DEFLATED).int16(dosTime).int16(dosDate)
                    .int32(entry.crc).int32(entry.dataLength).int32(entry.size).int16(name.length).int16(0)
                    .bytes(name, name.length).bytes(entry.data, entry.dataLength);
        }
        int directory = out.length;
        for (int i = 0; i < ordered.size(); i++) {
            Entry entry = ordered.get(i);
            byte[] name = nameBytes(entry);
            out.int32(CENTRAL_HEADER).int16(VERSION).int16(VERSION).int16(flags(entry)).int16(DEFLATED)
                    .int16(dosTime).int16(dosDate).int32(entry.crc).int32(entry.dataLength).int32(entry.size)
                    .int16(name.length).int16(0).int16(0).int16(0).int16(0).int32(0).int32(offsets[i])
                    .bytes(name, name.length);
        }
        int directorySize = out.length - directory;
        out.int32(END_OF_CENTRAL_DIRECTORY).int16(0).int16(0).int16(ordered.size()).int16(ordered.size())
                .int32(directorySize).int32(directory).int16(0);
        return out.array;
    }

    private static byte[] nameBytes(Entry entry) {
        return entry.name.getBytes(StandardCharsets.UTF_8);
    }

    private static int flags(Entry entry) {
        return entry.name.chars().allMatch(c -> c < 0x80) ? 0 : UTF8_NAMES;
    }

    /** The bytes of one entry, deflated as they come, with their CRC and length counted along. */
    private final class EntryStream extends OutputStream {
        private final String name;
        private final Deflater deflater = new Deflater(LEVEL, true);
        private final CRC32 crc = new CRC32();
        private final byte[] chunk = new byte[8192];
        private final Buffer deflated = new Buffer();
        private long size;
        private boolean closed;

        EntryStream(String name) {
            this.name = name;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (closed) {
                throw new IllegalStateException("entry " + name + " is closed");
            }
            crc.update(bytes, offset, length);
            size += length;
            deflater.setInput(bytes, offset, length);
            while (!deflater.needsInput()) {
                deflated.write(chunk, 0, deflater.deflate(chunk));
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                deflater.finish();
                while (!deflater.finished()) {
                    deflated.write(chunk, 0, deflater.deflate(chunk));
                }
            } finally {
                deflater.end();
            }
            if (size > MAX_SIZE || deflated.size() > MAX_SIZE) {
                throw new IllegalStateException("entry " + name + " is too large for a zip file without ZIP64");
            }
            if (contains(name)) {
                throw new IllegalStateException("two entries named " + name);
            }
            entries.add(new Entry(name, deflated.array(), deflated.size(), crc.getValue(), size));
        }
    }

    /** A byte buffer whose array is handed on as it is, without the copy toByteArray makes. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(8192);
        }

        byte[] array() {
            return buf;
        }
    }

    /** Little-endian output into an array of the exact size. */
    private static final class Bytes {
        final byte[] array;
        int length;

        Bytes(int size) {
            array = new byte[size];
        }

        Bytes int16(int value) {
            array[length++] = (byte) value;
            array[length++] = (byte) (value >>> 8);
            return this;
        }

        Bytes int32(long value) {
            int16((int) value & 0xFFFF);
            return int16((int) (value >>> 16) & 0xFFFF);
        }

        Bytes bytes(byte[] bytes, int count) {
            System.arraycopy(bytes, 0, array, length, count);
            length += count;
            return this;
        }
    }
}
