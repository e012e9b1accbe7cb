package org.agendum.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What a file to import is, from its bytes and never its name: a zip (a .docx, or another zipped format), an
 * OLE2 compound file (an old .doc, or a password-protected .docx), a PDF, text (UTF-8, or UTF-16 with its byte
 * order mark, or a Windows code page), or something else.
 */
enum FileKind {
    ZIP, OLE2, PDF, TEXT, RTF, OTHER;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final int PDF_HEADER_WINDOW = 1024;

    static FileKind of(byte[] bytes) {
        if (startsWith(bytes, ZIP_MAGIC, 0)) {
            return ZIP;
        }
        if (startsWith(bytes, OLE2_MAGIC, 0)) {
            return OLE2;
        }
        for (int i = 0; i < Math.min(bytes.length, PDF_HEADER_WINDOW); i++) {
            if (startsWith(bytes, PDF_MAGIC, i)) {
                return PDF;
            }
        }
        String text = decode(bytes);
        if (text == null) {
            return OTHER;
        }
        return text.stripLeading().startsWith("{\\rtf") ? RTF : TEXT;
    }

    /**
     * The bytes as text: after a UTF-8 or UTF-16 byte order mark in that encoding, else UTF-8 when they are valid
     * UTF-8, else Windows-1252 (what Notepad long saved); null when the text would hold control characters other
     * than tabs, line and page breaks: binary data, not text.
     */
    static String decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE}, 0)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF}, 0)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            text = strict(bytes, 0, StandardCharsets.UTF_8);
            if (text == null) {
                text = strict(bytes, 0, Charset.forName("windows-1252"));
            }
        }
        return text == null || !isText(text) ? null : text;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (bytes.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
