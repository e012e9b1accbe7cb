package org.agendum.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A lock file's few fields as JSON ({@link LockFiles}), with Jackson's streaming parser and generator. It reads as
 * leniently as the data binding it replaces did by default (what it reads is checked afterwards): fields it does not
 * know are skipped, so a later Agendum may say more; a number or true where text belongs is taken as its text, the
 * process id may be given as text or with decimals. Anything else (not an object, a list or object where a value
 * belongs, one of its fields given twice, broken JSON) is an IOException: not a lock.
 */
final class LockJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Set<String> FIELDS = Set.of("application", "user", "host", "pid", "since");

    private LockJson() {
    }

    /** The lock's JSON with its final line break: {@code "user" : "maria"}, one field a line. */
    static byte[] write(LockFiles.LockDto lock) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text).setPrettyPrinter(new DefaultPrettyPrinter())) {
            generator.writeStartObject();
            generator.writeStringField("application", lock.application());
            generator.writeStringField("user", lock.user());
            generator.writeStringField("host", lock.host());
            generator.writeNumberField("pid", lock.pid());
            generator.writeStringField("since", lock.since());
            generator.writeEndObject();
        }
        return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    static LockFiles.LockDto read(byte[] content) throws IOException {
        try (JsonParser parser = FACTORY.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            String application = null;
            String user = null;
            String host = null;
            Long pid = null;
            String since = null;
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (FIELDS.contains(name) && !seen.add(name)) {
                    throw new IOException("a field given twice");
                }
                parser.nextToken();
                switch (name) {
                    case "application" -> application = text(parser);
                    case "user" -> user = text(parser);
                    case "host" -> host = text(parser);
                    case "pid" -> pid = number(parser);
                    case "since" -> since = text(parser);
                    default -> parser.skipChildren();
                }
            }
            return new LockFiles.LockDto(application, user, host, pid, since);
        }
    }

    private static String text(JsonParser parser) throws IOException {
        if (!parser.currentToken().isScalarValue()) {
            throw new IOException("a list or object where text belongs");
        }
        return parser.getValueAsString(); // null for null
    }

    private static Long number(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getLongValue(); // fails beyond a long
            case VALUE_STRING -> parser.getText().isBlank() ? null : Long.valueOf(parser.getText().trim());
            case VALUE_NULL -> null;
            default -> throw new IOException("not a process id");
        };
    }
}
