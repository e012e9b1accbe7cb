package org.agendum.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The first pass over a meeting file. It reads every token once, with the size and nesting limits, so that
 * broken syntax, truncation and hostile input are reported with their line and column before anything is
 * built; it refuses a key given twice (Jackson would silently keep the last one) and null, which the format
 * never uses (binding would take it for a missing field); and it checks the top of
 * the file: a JSON object with {@code "format": "agendum-meeting"} and {@code "version": 1}. The version is
 * checked before the fields, so a file from a newer Agendum is reported as such, not as unknown fields. It also
 * counts the meeting's parts ({@link PartCounts}) and refuses a file that holds more than Agendum can export.
 */
final class HeaderScan {
    private final String source;
    private final byte[] bytes;
    private final ContentSniffer.Text text;
    private final PartCounts parts;

    private boolean formatSeen;
    private JsonToken formatToken;
    private String formatValue;
    private JsonToken versionToken;
    private String versionText;
    private JsonLocation versionLocation;

    private HeaderScan(byte[] bytes, ContentSniffer.Text text, String source) {
        this.bytes = bytes;
        this.text = text;
        this.source = source;
        this.parts = new PartCounts(source);
    }

    static void scan(byte[] bytes, ContentSniffer.Text text, String source) throws MeetingFileException {
        new HeaderScan(bytes, text, source).run();
    }

    private void run() throws MeetingFileException {
        try (JsonParser parser = MeetingJson.parser(bytes, text.start())) {
            try {
                walk(parser);
            } catch (JsonProcessingException e) {
                // another kind of file, or a newer version, explains the failure better than its place does
                if (formatSeen) {
                    checkFormat();
                }
                checkNewerVersion();
                throw JsonErrors.describe(source, e, parser, text.contentChars());
            }
        } catch (IOException e) {
            // in-memory input: only closing could get here, and closing a byte array reader does not fail
            throw new MeetingFileException(source + ": the file could not be read.", e);
        }
        checkFormat();
        checkVersion();
        parts.refuseExcess();
    }

    private void walk(JsonParser parser) throws IOException, MeetingFileException {
        JsonToken first;
        try {
            first = parser.nextToken();
        } catch (JsonProcessingException e) {
            throw new MeetingFileException(source + " is not an Agendum meeting file (it is not JSON; it starts with \""
                    + opening() + "\").", e);
        }
        if (first == JsonToken.START_ARRAY) {
            throw new MeetingFileException(source + " is not an Agendum meeting file (it contains a JSON list, "
                    + "not a meeting).");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new MeetingFileException(source + " is not an Agendum meeting file (it contains a single JSON value, "
                    + "not a meeting).");
        }
        Deque<Set<String>> fieldsSeen = new ArrayDeque<>();
        fieldsSeen.push(new HashSet<>());
        while (!fieldsSeen.isEmpty()) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw JsonErrors.truncated(source, parser.currentLocation(), null);
            }
            switch (token) {
                case FIELD_NAME -> {
                    if (!fieldsSeen.peek().add(parser.currentName())) {
                        throw new MeetingFileException(source + ": " + JsonErrors.lineAndColumn(parser.currentTokenLocation())
                                + JsonPath.of(parser.getParsingContext().getParent()).describeObject() + " has the field \""
                                + JsonErrors.printable(parser.currentName()) + "\" twice; a field may appear only once.");
                    }
                }
                case START_OBJECT -> {
                    noteTopField(parser, token);
                    parts.objectStarted(parser.getParsingContext());
                    fieldsSeen.push(new HashSet<>());
                }
                case START_ARRAY -> {
                    noteTopField(parser, token);
                    parts.listStarted(parser.getParsingContext());
                }
                case END_OBJECT -> fieldsSeen.pop();
                case VALUE_NULL -> throw new MeetingFileException(source + ": "
                        + JsonErrors.lineAndColumn(parser.currentTokenLocation())
                        + JsonPath.of(parser.getParsingContext()).describe() + " is null; meeting files never contain "
                        + "null (the value may have been lost).");
                case VALUE_STRING -> {
                    // reads the whole string now, so its length limit applies in this pass
                    int length = parser.getTextLength();
                    if (length > FileFormat.MAX_STRING_CHARS) {
                        // the parser checks its limit only as its buffer grows, some thousands of characters late
                        throw new MeetingFileException(source + ": "
                                + JsonErrors.lineAndColumn(parser.currentTokenLocation())
                                + JsonErrors.tooLongText(JsonPath.of(parser.getParsingContext())) + ".");
                    }
                    parts.text(parser.getParsingContext(), length);
                    noteTopField(parser, token);
                }
                default -> noteTopField(parser, token);
            }
        }
        try {
            if (parser.nextToken() != null) {
                throw trailing(parser.currentTokenLocation(), null);
            }
        } catch (JsonProcessingException e) {
            throw trailing(e.getLocation(), e);
        }
    }

    private MeetingFileException trailing(JsonLocation location, Throwable cause) {
        return new MeetingFileException(source + ": " + JsonErrors.lineAndColumn(location) + "there is more text after "
                + "the end of the meeting data (the file may have been joined with another, or edited by hand).", cause);
    }

    /** Remembers "format" and "version" when the token is their value at the top level of the file. */
    private void noteTopField(JsonParser parser, JsonToken token) throws IOException {
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent(); // the new object or list's own context is one level down
        }
        if (!context.inObject() || !context.getParent().inRoot()) {
            return;
        }
        String name = context.getCurrentName();
        if ("format".equals(name)) {
            formatSeen = true;
            formatToken = token;
            formatValue = token == JsonToken.VALUE_STRING ? parser.getText() : null;
        } else if ("version".equals(name)) {
            versionToken = token;
            versionText = token.isScalarValue() ? parser.getText() : null;
            versionLocation = parser.currentTokenLocation();
        }
    }

    private void checkFormat() throws MeetingFileException {
        if (!formatSeen) {
            throw new MeetingFileException(source + " is not an Agendum meeting file (it has no \"format\": \""
                    + FileFormat.NAME + "\").");
        }
        if (!FileFormat.NAME.equals(formatValue)) {
            String found = formatToken == JsonToken.VALUE_STRING ? "\"" + JsonErrors.printable(formatValue) + "\""
                    : JsonErrors.kindOf(formatToken);
            throw new MeetingFileException(source + " is not an Agendum meeting file (its \"format\" is " + found
                    + ", not \"" + FileFormat.NAME + "\").");
        }
    }

    private void checkNewerVersion() throws MeetingFileException {
        if (versionToken == JsonToken.VALUE_NUMBER_INT && new BigInteger(versionText).compareTo(BigInteger.valueOf(FileFormat.VERSION)) > 0) {
            throw newer();
        }
    }

    private void checkVersion() throws MeetingFileException {
        if (versionToken == null) {
            throw new MeetingFileException(source + ": the file format version (\"version\": " + FileFormat.VERSION
                    + ") is missing at the top of the file; the file may be damaged.");
        }
        if (versionToken != JsonToken.VALUE_NUMBER_INT) {
            String found = versionToken == JsonToken.VALUE_NUMBER_FLOAT ? versionText
                    : versionToken == JsonToken.VALUE_STRING ? "text (\"" + JsonErrors.printable(versionText) + "\")"
                    : JsonErrors.kindOf(versionToken);
            throw new MeetingFileException(source + ": " + JsonErrors.lineAndColumn(versionLocation)
                    + "the file format version (\"version\") must be a whole number such as " + FileFormat.VERSION
                    + ", not " + found + ".");
        }
        BigInteger version = new BigInteger(versionText);
        if (version.compareTo(BigInteger.valueOf(FileFormat.VERSION)) > 0) {
            throw newer();
        }
        if (version.compareTo(BigInteger.valueOf(FileFormat.OLDEST_VERSION)) < 0) {
            throw new MeetingFileException(source + " has an unknown file format version (" + versionText
                    + "); this version of Agendum reads formats " + readable() + ".");
        }
    }

    private MeetingFileException newer() {
        return new MeetingFileException(source + " was written by a newer version of Agendum (file format "
                + JsonErrors.printable(versionText) + "); this version reads formats " + readable()
                + ". Update Agendum to open it.");
    }

    /** "1 and 2". */
    private static String readable() {
        return FileFormat.VERSION - FileFormat.OLDEST_VERSION == 1 ? FileFormat.OLDEST_VERSION + " and " + FileFormat.VERSION
                : FileFormat.OLDEST_VERSION + " to " + FileFormat.VERSION;
    }

    /** The first characters of the text, for a file that is not JSON at all. */
    private String opening() {
        int length = Math.min(bytes.length - text.start(), 200);
        String start = new String(bytes, text.start(), length, StandardCharsets.UTF_8).strip();
        String firstLine = start.lines().findFirst().orElse("").strip();
        return JsonErrors.printable(firstLine.length() > 30 ? firstLine.substring(0, 30) + "…" : firstLine);
    }
}
