package org.agendum.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the file records ({@link FileDto}) from the tokens of a file that {@link HeaderScan} has passed (well-formed
 * JSON within the limits, no null, no field given twice, the right format and version), with Jackson's streaming
 * parser and the records' {@link RecordShape}s. It refuses what the records cannot hold, in the sentences the
 * reader has always used: a value of the wrong type ("… must be text, not a number"), a whole number too large, an
 * unknown field.
 *
 * <p>Which of several such errors is reported is the one Jackson's data binding, which did this before, reported:
 * errors in the order of the file, except that an unknown field waits until the end of its object, or until every
 * field of its record has been given (a record is built then), so that an error in a later value of the same object
 * comes first. The meaning (required fields, dates, ids) is {@link ModelMapper}'s, afterwards.
 */
final class DtoReader {
    private final JsonParser parser;
    private final String source;

    private DtoReader(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** The meeting's records; {@code parser} has not yet read a token. */
    static FileDto.MeetingDto read(JsonParser parser, String source) throws IOException, MeetingFileException {
        DtoReader reader = new DtoReader(parser, source);
        parser.nextToken(); // the opening of the file's object, which HeaderScan has seen
        return reader.object(FileDto.MEETING);
    }

    /** The object the parser is at the opening of, to its end. */
    private <T extends Record> T object(RecordShape<T> shape) throws IOException, MeetingFileException {
        Object[] values = new Object[shape.size()];
        int given = 0;
        MeetingFileException unknown = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int index = shape.indexOf(name);
            if (index < 0) {
                if (unknown == null) {
                    unknown = unknownField(shape, name);
                }
                if (given == shape.size()) {
                    throw unknown;
                }
                parser.nextToken();
                parser.skipChildren();
                continue;
            }
            parser.nextToken();
            values[index] = value(shape.field(index));
            given++; // never twice for one field: HeaderScan refuses that
            if (given == shape.size() && unknown != null) {
                throw unknown;
            }
        }
        if (unknown != null) {
            throw unknown;
        }
        return shape.build(values);
    }

    private Object value(RecordShape.Field field) throws IOException, MeetingFileException {
        JsonToken token = parser.currentToken();
        switch (field.kind()) {
            case TEXT -> {
                if (token == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
            }
            case WHOLE_NUMBER -> {
                if (token == JsonToken.VALUE_NUMBER_INT) {
                    return wholeNumber();
                }
            }
            case FLAG -> {
                if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                    return token == JsonToken.VALUE_TRUE;
                }
            }
            case OBJECT -> {
                if (token == JsonToken.START_OBJECT) {
                    return object(field.shape());
                }
            }
            case LIST -> {
                if (token == JsonToken.START_ARRAY) {
                    return list(field.shape());
                }
            }
        }
        throw mismatch(field.kind());
    }

    private List<Object> list(RecordShape<?> elements) throws IOException, MeetingFileException {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw mismatch(RecordShape.Kind.OBJECT);
            }
            list.add(object(elements));
        }
        return list;
    }

    private Integer wholeNumber() throws IOException, MeetingFileException {
        try {
            return parser.getIntValue();
        } catch (InputCoercionException e) {
            // placed where the parser found it out, just after the number's last digit, as the reader always has
            throw new MeetingFileException(source + ": " + JsonErrors.lineAndColumn(e.getLocation())
                    + JsonPath.of(parser.getParsingContext()).describe() + " is a number too large to be valid.", e);
        }
    }

    /** "… (details.startDate) must be text, not an object." at the value's first character. */
    private MeetingFileException mismatch(RecordShape.Kind expected) {
        return new MeetingFileException(here() + valuePath().describe() + " must be " + expected.expected() + ", not "
                + JsonErrors.kindOf(parser.currentToken()) + ".");
    }

    /** The place of the value the parser is at; at an opening bracket, the parser is already inside it. */
    private JsonPath valuePath() {
        JsonStreamContext context = parser.getParsingContext();
        return JsonPath.of(parser.currentToken().isStructStart() ? context.getParent() : context);
    }

    /** The parser is at the field's name; the place is the name's, the object the one it stands in. */
    private MeetingFileException unknownField(RecordShape<?> shape, String name) {
        JsonPath object = JsonPath.of(parser.getParsingContext().getParent());
        String known = shape.fields().stream().map(f -> "\"" + f.name() + "\"").collect(Collectors.joining(", "));
        return new MeetingFileException(source + ": " + JsonErrors.lineAndColumn(parser.currentTokenLocation())
                + object.describeObject() + " has an unknown field \"" + JsonErrors.printable(name)
                + "\" (the fields there are " + known + ").");
    }

    private String here() {
        JsonLocation location = parser.currentTokenLocation();
        return source + ": " + JsonErrors.lineAndColumn(location);
    }
}
