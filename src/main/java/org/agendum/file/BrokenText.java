package org.agendum.file;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agendum.typography.Printable;

/**
 * Text no file can hold: half of a surrogate pair without its other half. UTF-8 cannot encode one, and Java's
 * encoder silently writes "?" in its place. A file can carry one only as a JSON escape ({@code "\ud800"}), so a
 * file holding one was damaged or made by another program: the reader refuses it, naming the field, rather than
 * change the text; saving refuses it too, naming the field to retype. One walk over the file's records serves both.
 */
final class BrokenText {
    /** Where the broken character is, and which it is. */
    record Found(JsonPath at, int position, char character) {
        /** {@code "title" of agenda item 2 (agenda[1].title) has a broken character at position 5 (U+D800, …)}. */
        String describe() {
            return at.describe() + " has a broken character at position " + (position + 1) + " (U+"
                    + String.format(Locale.ROOT, "%04X", (int) character) + ", half of a surrogate pair)";
        }
    }

    private BrokenText() {
    }

    /** The first broken character in the file's records, in the order of their fields. */
    static Optional<Found> find(FileDto.MeetingDto meeting) {
        return find(meeting, FileDto.MEETING, JsonPath.ROOT);
    }

    private static Optional<Found> find(Object record, RecordShape<?> shape, JsonPath at) {
        Object[] values = shape.values(record);
        for (int i = 0; i < values.length; i++) {
            RecordShape.Field field = shape.field(i);
            Optional<Found> found = Optional.empty();
            if (values[i] instanceof String text) {
                int position = Printable.loneSurrogateAt(text);
                if (position >= 0) {
                    found = Optional.of(new Found(at.field(field.name()), position, text.charAt(position)));
                }
            } else if (values[i] instanceof List<?> list) {
                JsonPath listAt = at.field(field.name());
                for (int k = 0; k < list.size() && found.isEmpty(); k++) {
                    found = find(list.get(k), field.shape(), listAt.index(k));
                }
            } else if (values[i] instanceof Record object) {
                found = find(object, field.shape(), at.field(field.name()));
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The JSON text with each broken character written as its escape: exactly what the model holds, never "?". */
    static String escaped(String json) {
        if (Printable.loneSurrogateAt(json) < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                out.append(c).append(json.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
