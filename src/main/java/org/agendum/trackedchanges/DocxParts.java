package org.agendum.trackedchanges;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The parts of an exported .docx by name, in the zip's order, and the package written back in that order, so
 * {@code [Content_Types].xml} stays the first entry as the export writes it (file-type sniffers look for it there).
 */
final class DocxParts {
    private final Map<String, byte[]> parts;

    private DocxParts(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    static DocxParts read(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        if (parts.isEmpty()) {
            throw new IOException("not a Word document: the package has no parts");
        }
        return new DocxParts(parts);
    }

    boolean has(String name) {
        return parts.containsKey(name);
    }

    byte[] get(String name) throws IOException {
        byte[] part = parts.get(name);
        if (part == null) {
            throw new IOException("the Word document has no part " + name);
        }
        return part;
    }

    /** Replaces a part, or adds it at the end. */
    void put(String name, byte[] content) {
        parts.put(name, content);
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("the zip is written into memory", e);
        }
        return out.toByteArray();
    }
}
