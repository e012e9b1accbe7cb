package org.agendum.file;

import java.util.Locale;

/**
 * Looks at the raw bytes before any JSON parsing, so that the commonest wrong files get a message that says
 * what they are: an empty file, a Word document renamed or picked by mistake, text in another encoding, a
 * file of zeros left by a crash. It also checks the whole file is UTF-8, which the JSON parser would only
 * report in its own words.
 */
final class ContentSniffer {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ContentSniffer() {
    }

    /**
     * Where the JSON text starts (after a UTF-8 byte order mark, which is accepted) and how many UTF-16
     * characters it has up to its last non-blank one: an error at or past that point means the file ends
     * too early.
     */
    record Text(int start, long contentChars) {
    }

    static Text check(byte[] bytes, String source) throws MeetingFileException {
        if (bytes.length > FileFormat.MAX_FILE_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        if (bytes.length == 0) {
            throw new MeetingFileException(source + ": the file is empty.");
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new MeetingFileException(source + " is UTF-16 text, but meeting files are UTF-8 (save it as UTF-8 "
                    + "and open it again).");
        }
        String kind = foreignKind(bytes);
        if (kind != null) {
            throw new MeetingFileException(source + " is " + kind + ", not an Agendum meeting file.");
        }
        if (isAll(bytes, start, b -> b == ' ' || b == '\t' || b == '\n' || b == '\r')) {
            throw new MeetingFileException(source + ": the file is empty (it contains only blank space).");
        }
        if (isAll(bytes, start, b -> b == 0)) {
            throw new MeetingFileException(source + " is damaged: it contains only zero bytes, as a file can "
                    + "after a computer stops while saving (try " + source + ".bak, the previous version).");
        }
        return utf8(bytes, start, source);
    }

    static MeetingFileException tooLarge(String source, long size) {
        return new MeetingFileException(source + " is too large to be a meeting file (" + megabytes(size)
                + "; meeting files are at most " + megabytes(FileFormat.MAX_FILE_BYTES) + ").");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / (1024.0 * 1024.0)));
    }

    /** The kind of a well-known binary file, from its first bytes, or null. */
    private static String foreignKind(byte[] b) {
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6) || startsWith(b, 'P', 'K', 7, 8)) {
            return "a Word document or another zip archive";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "an older Word document (.doc) or another Office file";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return "a Rich Text (RTF) document";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a compressed (gzip) file";
        }
        return null;
    }

    /** Checks the bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). */
    private static Text utf8(byte[] bytes, int start, String source) throws MeetingFileException {
        long chars = 0;
        long contentChars = 0;
        int i = start;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                chars++;
                if (lead != ' ' && lead != '\t' && lead != '\n' && lead != '\r') {
                    contentChars = chars;
                }
                i++;
                continue;
            }
            int more;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                more = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                more = 2;
                low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
                high = lead == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                more = 3;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
            } else {
                throw notUtf8(bytes, i, source);
            }
            for (int k = 1; k <= more; k++) {
                if (i + k >= bytes.length) {
                    // a character cut in half at the very end: the file was cut short, not mis-encoded
                    throw new MeetingFileException(source + ": the file ends too early (truncated?) at line "
                            + lineOf(bytes, i) + ".");
                }
                int next = bytes[i + k] & 0xFF;
                if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                    throw notUtf8(bytes, i, source);
                }
            }
            chars += more == 3 ? 2 : 1;
            contentChars = chars;
            i += more + 1;
        }
        return new Text(start, contentChars);
    }

    private static MeetingFileException notUtf8(byte[] bytes, int position, String source) {
        return new MeetingFileException(String.format(Locale.ROOT,
                "%s is not UTF-8 text (invalid byte 0x%02X at position %d, line %d); it may have been saved in "
                        + "another encoding, or be damaged.",
                source, bytes[position] & 0xFF, position, lineOf(bytes, position)));
    }

    private static long lineOf(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private interface BytePredicate {
        boolean test(int b);
    }

    private static boolean isAll(byte[] bytes, int from, BytePredicate predicate) {
        for (int i = from; i < bytes.length; i++) {
            if (!predicate.test(bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
