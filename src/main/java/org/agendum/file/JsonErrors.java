package org.agendum.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.model.Agenda;
import org.agendum.typography.Printable;

/**
 * Turns Jackson's exceptions into one sentence for the officer: what is wrong, the line and column, and the
 * field in words and as a path. Jackson's own messages name Java types and internals, so none of them is
 * shown; where a detail (the unexpected character) is only in that message, it is picked out and re-worded.
 */
final class JsonErrors {
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\(.*?\\(code (\\d+)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '([^']{0,40})");
    private static final Pattern CONTROL_CHAR = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)");

    private JsonErrors() {
    }

    /**
     * The sentence for an exception from the parser.
     *
     * @param parser the parser that threw, for the place when the exception carries none
     * @param contentChars see {@link ContentSniffer.Text#contentChars()}: an error at or past it is truncation
     */
    static MeetingFileException describe(String source, JsonProcessingException e, JsonParser parser, long contentChars) {
        JsonLocation location = e.getLocation() != null ? e.getLocation()
                : parser != null ? parser.currentTokenLocation() : null;
        String at = source + ": " + lineAndColumn(location);
        if (e instanceof StreamConstraintsException) {
            return new MeetingFileException(at + limitExceeded(e.getOriginalMessage(), pathOf(parser)) + ".", e);
        }
        if (e instanceof JsonEOFException || e instanceof JsonParseException && isAtEnd(location, contentChars)) {
            return truncated(source, location, e);
        }
        if (e instanceof InputCoercionException) {
            return new MeetingFileException(at + pathOf(parser).describe() + " is a number too large to be valid.", e);
        }
        if (e instanceof JsonParseException) {
            String detail = syntaxDetail(e.getOriginalMessage());
            return new MeetingFileException(at + "the file is not valid JSON here (" + detail + ")"
                    + (detail.contains("inside quoted text") ? "" : "; a comma, quotation mark or bracket may be "
                    + "missing or extra") + ".", e);
        }
        return new MeetingFileException(at + "the file could not be understood.", e);
    }

    static MeetingFileException truncated(String source, JsonLocation location, Throwable cause) {
        String line = location != null && location.getLineNr() > 0 ? " at line " + location.getLineNr() : "";
        return new MeetingFileException(source + ": the file ends too early (truncated?)" + line + ".", cause);
    }

    /** "line 14, column 18: ", or nothing when the place is unknown. */
    static String lineAndColumn(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + (location.getColumnNr() > 0 ? ", column " + location.getColumnNr() : "")
                + ": ";
    }

    /** What a token is, in words: "a number", "text", "a list" … */
    static String kindOf(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_ARRAY, END_ARRAY -> "a list";
            case START_OBJECT, END_OBJECT -> "an object";
            default -> "something else";
        };
    }

    private static JsonPath pathOf(JsonParser parser) {
        return parser == null ? JsonPath.ROOT : JsonPath.of(parser.getParsingContext());
    }

    private static boolean isAtEnd(JsonLocation location, long contentChars) {
        return location != null && location.getCharOffset() >= contentChars;
    }

    /** "{path} is longer than 10,000,000 characters, the limit for one text in a meeting file" (no full stop). */
    static String tooLongText(JsonPath path) {
        return (path.isRoot() ? "a text" : path.describe()) + " is longer than " + number(FileFormat.MAX_STRING_CHARS)
                + " characters, the limit for one text in a meeting file";
    }

    private static String limitExceeded(String jacksonMessage, JsonPath path) {
        String m = jacksonMessage == null ? "" : jacksonMessage;
        if (m.contains("nesting depth")) {
            return "the data is nested more than " + FileFormat.MAX_NESTING + " levels deep, deeper than any meeting "
                    + "file can be (agenda items can be nested at most " + Agenda.MAX_DEPTH + " levels)";
        }
        if (m.contains("String value length")) {
            return tooLongText(path);
        }
        if (m.contains("Name length")) {
            return "a field name is longer than " + number(FileFormat.MAX_NAME_CHARS) + " characters";
        }
        if (m.contains("Number value length")) {
            return "a number has too many digits";
        }
        if (m.contains("Token count")) {
            return "the file holds more than " + number(FileFormat.MAX_TOKENS) + " values, far more than any meeting";
        }
        return "the file exceeds one of the size limits of meeting files";
    }

    private static String syntaxDetail(String jacksonMessage) {
        String m = jacksonMessage == null ? "" : jacksonMessage;
        Matcher control = CONTROL_CHAR.matcher(m);
        if (control.find()) {
            int code = Integer.parseInt(control.group(1));
            return code == '\n' || code == '\r' ? "a line break inside quoted text, where it must be written \\n"
                    : code == '\t' ? "a tab inside quoted text, where it must be written \\t"
                    : "a control character inside quoted text";
        }
        Matcher character = UNEXPECTED_CHAR.matcher(m);
        if (character.find()) {
            int code = Integer.parseInt(character.group(1));
            return code < 32 || code == 127 ? "an unexpected control character"
                    : "unexpected " + (code == '"' ? "quotation mark" : "\"" + Character.toString(code) + "\"");
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(m);
        if (token.find()) {
            return "unexpected word \"" + printable(token.group(1)) + "\"; text must be in double quotation marks";
        }
        if (m.contains("close marker")) {
            return "a closing bracket that does not match the opening one";
        }
        if (m.contains("escape")) {
            return "an invalid escape sequence after a backslash";
        }
        if (m.contains("numeric value") || m.contains("Leading zeroes") || m.contains("Non-standard token")) {
            return "a malformed number";
        }
        return "unexpected text";
    }

    /** User text for a message: what cannot be shown safely as "?", long text shortened ({@link Printable#quoted}). */
    static String printable(String text) {
        return Printable.quoted(text);
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
