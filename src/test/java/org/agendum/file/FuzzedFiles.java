package org.agendum.file;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.agendum.model.Agenda;
import org.agendum.testing.HostileFiles;

/**
 * The bad inputs of the fuzzing test, by kind, all made from the sample file (CTOC/COP/WG.4/2018/1) and a fixed
 * seed, so that a failure can be repeated. Each kind says whether a damaged file may still be a valid meeting: a
 * flipped bit inside a title gives another title, a missing optional field is allowed; a value of the wrong type,
 * an unknown field or bytes that are not UTF-8 never are.
 */
final class FuzzedFiles {
    /** A kind of damage and how to make every input of it. */
    record Kind(String name, boolean mayStayValid, Consumer<Consumer<byte[]>> inputs) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int BIT_FLIPS = 3_000;
    private static final int INVALID_UTF8 = 1_500;

    private final byte[] sample = HostileFiles.sample();
    private final JsonNode tree;
    private final List<JsonPointer> values = new ArrayList<>();
    private final List<JsonPointer> objects = new ArrayList<>();
    private final long seed;

    FuzzedFiles(long seed) {
        this.seed = seed;
        try {
            tree = JSON.readTree(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collect(tree, JsonPointer.empty());
    }

    /** The sample as the fuzzer writes it before any damage (Jackson's layout, the same content). */
    byte[] undamaged() {
        return write(tree);
    }

    List<Kind> kinds() {
        return List.of(
                new Kind("truncated at every position", true, this::truncations),
                new Kind("one bit flipped", true, this::bitFlips),
                new Kind("a value of another JSON type", false, this::typeSwaps),
                new Kind("a field missing", true, this::missingFields),
                new Kind("an unknown field added", false, this::extraFields),
                new Kind("huge strings, names and numbers", false, this::hugeValues),
                new Kind("nested 100,000 deep", false, this::deepNesting),
                new Kind("invalid UTF-8", false, this::invalidUtf8),
                new Kind("a zip, .docx or other file renamed", false, this::foreignFiles));
    }

    private void truncations(Consumer<byte[]> out) {
        for (int length = 0; length < sample.length; length++) {
            out.accept(Arrays.copyOf(sample, length));
        }
    }

    private void bitFlips(Consumer<byte[]> out) {
        Random random = new Random(seed);
        for (int i = 0; i < BIT_FLIPS; i++) {
            byte[] flipped = sample.clone();
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            out.accept(flipped);
        }
    }

    /** Every value (the whole details, an item's list of sub-items, a title, a flag…) as each other type. */
    private void typeSwaps(Consumer<byte[]> out) {
        List<JsonNode> replacements = List.of(NODES.textNode("text"), NODES.numberNode(7), NODES.numberNode(1.5),
                NODES.booleanNode(true), NODES.nullNode(), NODES.objectNode(), NODES.arrayNode());
        for (JsonPointer at : values) {
            JsonNode original = tree.at(at);
            for (JsonNode replacement : replacements) {
                boolean anotherType = replacement.getNodeType() != original.getNodeType()
                        || replacement.isNumber() && replacement.isIntegralNumber() != original.isIntegralNumber();
                if (anotherType) {
                    out.accept(write(replaced(at, replacement)));
                }
            }
        }
    }

    private void missingFields(Consumer<byte[]> out) {
        for (JsonPointer at : values) {
            if (tree.at(at.head()).isObject()) {
                JsonNode copy = tree.deepCopy();
                ((ObjectNode) copy.at(at.head())).remove(at.last().getMatchingProperty());
                out.accept(write(copy));
            }
        }
    }

    private void extraFields(Consumer<byte[]> out) {
        for (JsonPointer at : objects) {
            JsonNode copy = tree.deepCopy();
            ((ObjectNode) copy.at(at)).put("comment", "added by hand");
            out.accept(write(copy));
        }
    }

    /** Strings over the 10-million-character limit, field names over 1,000 characters, numbers of 1,000 digits. */
    private void hugeValues(Consumer<byte[]> out) {
        Random random = new Random(seed);
        List<JsonPointer> strings = values.stream().filter(p -> tree.at(p).isTextual()).toList();
        List<JsonPointer> numbers = values.stream().filter(p -> tree.at(p).isNumber()).toList();
        for (int i = 0; i < 8; i++) {
            out.accept(write(replaced(strings.get(random.nextInt(strings.size())),
                    NODES.textNode("x".repeat(FileFormat.MAX_STRING_CHARS + 1)))));
        }
        for (int i = 0; i < 8; i++) {
            JsonNode copy = tree.deepCopy();
            ((ObjectNode) copy.at(objects.get(random.nextInt(objects.size())))).put("n".repeat(1_001), 1);
            out.accept(write(copy));
        }
        for (JsonPointer at : numbers) {
            out.accept(write(replaced(at, NODES.numberNode(new BigInteger("9".repeat(1_000))))));
        }
        out.accept(new String(sample, StandardCharsets.UTF_8).replace("\"version\": 1", "\"version\": 1e400")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Lists, objects and agenda items 100,000 deep in place of values, and lists that never close. */
    private void deepNesting(Consumer<byte[]> out) {
        Random random = new Random(seed);
        String lists = HostileFiles.nestedLists(HostileFiles.DEEP);
        String objectsDeep = HostileFiles.nestedObjects(HostileFiles.DEEP);
        String text = new String(sample, StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            JsonPointer at = values.get(random.nextInt(values.size()));
            String marker = "\"@@deep@@\"";
            String withMarker = new String(write(replaced(at, NODES.textNode("@@deep@@"))), StandardCharsets.UTF_8);
            out.accept(withMarker.replace(marker, lists).getBytes(StandardCharsets.UTF_8));
            out.accept(withMarker.replace(marker, objectsDeep).getBytes(StandardCharsets.UTF_8));
            out.accept(withMarker.replace(marker, "[".repeat(HostileFiles.DEEP)).getBytes(StandardCharsets.UTF_8));
        }
        out.accept(HostileFiles.sampleWithAgenda(HostileFiles.nestedItems(HostileFiles.DEEP)));
        out.accept(HostileFiles.sampleWithAgenda(HostileFiles.nestedItems(Agenda.MAX_DEPTH + 1)));
        out.accept(lists.getBytes(StandardCharsets.UTF_8));
        out.accept(objectsDeep.getBytes(StandardCharsets.UTF_8));
        out.accept(("{\"format\": \"agendum-meeting\", \"version\": 1, \"details\": " + objectsDeep + "}")
                .getBytes(StandardCharsets.UTF_8));
        out.accept(text.replace("\"agenda\": [", "\"agenda\": " + "[".repeat(HostileFiles.DEEP))
                .getBytes(StandardCharsets.UTF_8));
    }

    private void invalidUtf8(Consumer<byte[]> out) {
        Random random = new Random(seed);
        for (int i = 0; i < INVALID_UTF8; i++) {
            byte[] sequence = HostileFiles.INVALID_UTF8[random.nextInt(HostileFiles.INVALID_UTF8.length)];
            out.accept(HostileFiles.insert(sample, random.nextInt(sample.length + 1), sequence));
        }
    }

    /** Word documents, zip and gzip archives (whole and cut short), a PDF, an image: files that are not meetings. */
    private void foreignFiles(Consumer<byte[]> out) {
        Random random = new Random(seed);
        List<byte[]> files = List.of(HostileFiles.wordDocument(), TestFiles.wordDocument(), HostileFiles.zippedSample(),
                gzip(sample), emptyZip());
        for (byte[] file : files) {
            out.accept(file);
            for (int i = 0; i < 40; i++) {
                out.accept(Arrays.copyOf(file, 1 + random.nextInt(file.length)));
            }
        }
        out.accept("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        out.accept(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        out.accept(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    }

    // ---- the sample as a JSON tree --------------------------------------------------------------------------

    /** Every value below the top (its pointer), and every object, the top one included. */
    private void collect(JsonNode node, JsonPointer at) {
        if (node.isObject()) {
            objects.add(at);
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonPointer child = at.appendProperty(field.getKey());
                values.add(child);
                collect(field.getValue(), child);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPointer child = at.appendIndex(i);
                values.add(child);
                collect(node.get(i), child);
            }
        }
    }

    private JsonNode replaced(JsonPointer at, JsonNode replacement) {
        JsonNode copy = tree.deepCopy();
        JsonNode parent = copy.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), replacement);
        } else {
            ((ArrayNode) parent).set(at.last().getMatchingIndex(), replacement);
        }
        return copy;
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
                zip.write(content);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] emptyZip() {
        return new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    }
}
