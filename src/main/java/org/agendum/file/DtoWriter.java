package org.agendum.file;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * Writes the file records ({@link FileDto}) with Jackson's streaming generator, field by field in the order of their
 * {@link RecordShape}s, through the canonical layout of {@link MeetingJson}: the bytes Jackson's data binding wrote
 * before, without loading it.
 */
final class DtoWriter {
    private final JsonGenerator generator;

    private DtoWriter(JsonGenerator generator) {
        this.generator = generator;
    }

    /** The canonical text of a meeting file, with its final line break. */
    static String write(FileDto.MeetingDto meeting) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = MeetingJson.generator(text)) {
            new DtoWriter(generator).object(meeting, FileDto.MEETING);
        }
        return text.append('\n').toString();
    }

    private void object(Object record, RecordShape<?> shape) throws IOException {
        Object[] values = shape.values(record);
        generator.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            RecordShape.Field field = shape.field(i);
            if (values[i] == null && field.omittedWhenNull()) {
                continue;
            }
            generator.writeFieldName(field.name());
            value(field, values[i]);
        }
        generator.writeEndObject();
    }

    private void value(RecordShape.Field field, Object value) throws IOException {
        if (value == null) {
            generator.writeNull(); // never from the model (DtoMapper), as the format has none
            return;
        }
        switch (field.kind()) {
            case TEXT -> generator.writeString((String) value);
            case WHOLE_NUMBER -> generator.writeNumber((Integer) value);
            case FLAG -> generator.writeBoolean((Boolean) value);
            case OBJECT -> object(value, field.shape());
            case LIST -> {
                generator.writeStartArray();
                for (Object element : (List<?>) value) {
                    object(element, field.shape());
                }
                generator.writeEndArray();
            }
        }
    }
}
