package org.agendum.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds the line and column of a place in a file that has already parsed cleanly. Errors found after
 * binding (a bad date, a duplicate id) know their place only as a path; one more pass over the tokens, made
 * only when there is an error to report, turns it back into a line the officer can go to.
 */
final class JsonLocator {
    private final byte[] bytes;
    private final int start;

    JsonLocator(byte[] bytes, int start) {
        this.bytes = bytes;
        this.start = start;
    }

    /** Where the value at the path starts (a field's value, a list element), or null if it cannot be found. */
    JsonLocation locate(JsonPath path) {
        if (path.isRoot()) {
            return null;
        }
        try (JsonParser parser = MeetingJson.parser(bytes, start)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY
                        && path.matches(parser.getParsingContext())) {
                    if (token == JsonToken.FIELD_NAME) {
                        parser.nextToken();
                    }
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            // the place is a courtesy: the message is still right without it
        }
        return null;
    }
}
