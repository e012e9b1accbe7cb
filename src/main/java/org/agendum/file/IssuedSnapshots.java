package org.agendum.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.agendum.model.Meeting;

/**
 * The meeting of an issued version as the file keeps it: its own meeting file, gzipped, in base64 (decision 0008).
 * The canonical JSON and gzip's fixed header make the same meeting the same text at every save.
 */
final class IssuedSnapshots {
    /**
     * The packed texts of the versions packed or read lately, by identity: an issued version never changes and every
     * snapshot of the stack shares it, so each autosave of a meeting issued many times would otherwise pack every
     * version again (a General Assembly session issued 20 times: 0.7 s a save, against 20 ms). Weakly held and few, so
     * nothing is kept for a meeting no longer open.
     */
    private static final int REMEMBERED = 64;
    private static final Deque<Packed> RECENT = new ArrayDeque<>();

    private record Packed(WeakReference<Meeting> meeting, String text) {
    }

    private IssuedSnapshots() {
    }

    static String encode(Meeting meeting) {
        String known = remembered(meeting);
        if (known != null) {
            return known;
        }
        String text = pack(meeting);
        remember(meeting, text);
        return text;
    }

    private static synchronized String remembered(Meeting meeting) {
        for (Packed packed : RECENT) {
            if (packed.meeting().get() == meeting) {
                return packed.text();
            }
        }
        return null;
    }

    private static synchronized void remember(Meeting meeting, String text) {
        RECENT.removeIf(packed -> packed.meeting().get() == null);
        if (RECENT.size() == REMEMBERED) {
            RECENT.removeLast();
        }
        RECENT.addFirst(new Packed(new WeakReference<>(meeting), text));
    }

    private static String pack(Meeting meeting) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(MeetingFiles.write(meeting));
        } catch (IOException e) {
            // writing to memory cannot fail; this would be a programming error
            throw new UncheckedIOException("Could not pack an issued version", e);
        }
        return Base64.getEncoder().encodeToString(packed.toByteArray());
    }

    /**
     * The meeting {@code packed} holds, or empty when it is not base64 of gzipped data (or unpacks to more than a
     * meeting file may hold: a small text must not fill the memory).
     *
     * @param source how the meeting's own errors name it: "wg4.agendum: issued version 2 of the meeting file (…)"
     * @throws MeetingFileException when it unpacks to something Agendum does not open as a meeting
     */
    static Optional<Meeting> decode(String packed, String source) throws MeetingFileException {
        byte[] json;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(packed)))) {
            json = in.readNBytes((int) FileFormat.MAX_FILE_BYTES + 1);
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
        if (json.length > FileFormat.MAX_FILE_BYTES) {
            return Optional.empty();
        }
        Meeting meeting = MeetingReader.read(json, source);
        remember(meeting, packed); // saved again as read, not packed anew
        return Optional.of(meeting);
    }
}
