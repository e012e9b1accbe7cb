package org.agendum.docx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small streaming XML writer: elements, attributes and text go straight out as UTF-8, and it keeps nothing but
 * the names of the open elements. Names are written as given, prefix included ("w:p"): the parts declare their
 * few namespaces on the root element with {@link #attribute}.
 *
 * <p>Why not StAX's XMLStreamWriter: for the export's one kind of output it adds a factory lookup and some 180
 * classes to a command line's start, and checks on every call that this writer does not need (decision 0004).
 *
 * <p>The output is always well-formed: text and attribute values are escaped, and the few characters XML 1.0 cannot
 * hold at all (most controls, a lone surrogate) are left out, as {@link DocxText} leaves them out of the text
 * itself. An {@link IOException} of the stream underneath comes out unchecked: the export writes into memory.
 */
final class XmlWriter implements Closeable {
    private static final byte[] DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int used;
    private String[] open = new String[32];
    private int depth;
    /** The last start tag is not closed yet: attributes may follow, and an end makes it an empty element. */
    private boolean inStartTag;

    XmlWriter(OutputStream out) {
        this.out = out;
        System.arraycopy(DECLARATION, 0, buffer, 0, DECLARATION.length);
        used = DECLARATION.length;
    }

    XmlWriter start(String name) {
        closeStartTag();
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = name;
        put('<');
        ascii(name);
        inStartTag = true;
        return this;
    }

    XmlWriter attribute(String name, String value) {
        attributeName(name);
        escaped(value, true);
        put('"');
        return this;
    }

    /** A number written digit by digit: no string made for it (the export writes hundreds of thousands). */
    XmlWriter attribute(String name, long value) {
        attributeName(name);
        number(value);
        put('"');
        return this;
    }

    /** {@code  name="}, inside a start tag only. */
    private void attributeName(String name) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        put(' ');
        ascii(name);
        put('=');
        put('"');
    }

    XmlWriter text(String text) {
        closeStartTag();
        escaped(text, false);
        return this;
    }

    /** Ends the innermost open element: "/&gt;" when nothing was written inside it. */
    XmlWriter end() {
        if (depth == 0) {
            throw new IllegalStateException("no open element to end");
        }
        String name = open[--depth];
        open[depth] = null;
        if (inStartTag) {
            put('/');
            put('>');
            inStartTag = false;
        } else {
            put('<');
            put('/');
            ascii(name);
            put('>');
        }
        return this;
    }

    /** An element with nothing inside. */
    XmlWriter empty(String name) {
        return start(name).end();
    }

    /** {@code <name attribute="value"/>}, WordprocessingML's commonest element ({@code <w:pStyle w:val="…"/>}). */
    XmlWriter empty(String name, String attribute, String value) {
        return start(name).attribute(attribute, value).end();
    }

    XmlWriter empty(String name, String attribute, long value) {
        return start(name).attribute(attribute, value).end();
    }

    /** How many elements are open: lets a writer check that a piece it wrote was closed. */
    int depth() {
        return depth;
    }

    /** Writes out what is buffered and closes the stream underneath; every element must have been ended. */
    @Override
    public void close() {
        if (depth != 0) {
            throw new IllegalStateException("<" + open[depth - 1] + "> was not ended");
        }
        try {
            flush();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStartTag() {
        if (inStartTag) {
            put('>');
            inStartTag = false;
        }
    }

    /** Names and markup: ASCII, copied without escaping. */
    private void ascii(String name) {
        int length = name.length();
        if (used + length > buffer.length) {
            flush();
            if (length > buffer.length) {
                for (int i = 0; i < length; i++) {
                    put(name.charAt(i));
                }
                return;
            }
        }
        for (int i = 0; i < length; i++) {
            buffer[used++] = (byte) name.charAt(i);
        }
    }

    private void number(long value) {
        if (value < 0) {
            put('-');
            if (value == Long.MIN_VALUE) {
                ascii("9223372036854775808");
                return;
            }
            value = -value;
        }
        if (value >= 10) {
            number(value / 10);
        }
        put((char) ('0' + value % 10));
    }

    /** UTF-8, escaped for text or for an attribute value (which also keeps its tabs and line ends as references). */
    private void escaped(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' && (c != '"' || !attribute)) {
                // nearly every character: straight into the buffer
                if (used == buffer.length) {
                    flush();
                }
                buffer[used++] = (byte) c;
            } else if (c < 0x80) {
                switch (c) {
                    case '&' -> ascii("&amp;");
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '"' -> ascii("&quot;");
                    case '\r' -> ascii("&#13;");
                    case '\t' -> ascii(attribute ? "&#9;" : "\t");
                    case '\n' -> ascii(attribute ? "&#10;" : "\n");
                    default -> { } // other controls: not allowed in XML 1.0
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint(Character.toCodePoint(c, text.charAt(++i)));
            } else if (!Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                codePoint(c);
            }
        }
    }

    private void codePoint(int cp) {
        if (used + 4 > buffer.length) {
            flush();
        }
        if (cp < 0x800) {
            buffer[used++] = (byte) (0xC0 | cp >> 6);
        } else if (cp < 0x10000) {
            buffer[used++] = (byte) (0xE0 | cp >> 12);
            buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
        } else {
            buffer[used++] = (byte) (0xF0 | cp >> 18);
            buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
        }
        buffer[used++] = (byte) (0x80 | cp & 0x3F);
    }

    private void put(char ascii) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) ascii;
    }

    private void flush() {
        try {
            out.write(buffer, 0, used);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        used = 0;
    }
}
