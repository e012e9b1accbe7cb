package org.agendum.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agendum.model.Meeting;

/**
 * Transitional, while the streaming export replaces the XMLBeans one part by part (issue 16): the parts it does
 * not write yet, taken from the document the XMLBeans export builds, with their content types.
 */
final class XmlBeansParts {
    private static final Pattern OVERRIDE = Pattern.compile("<Override ContentType=\"([^\"]+)\" PartName=\"/([^\"]+)\"/>");
    private static final Pattern DEFAULT = Pattern.compile("<Default ContentType=\"([^\"]+)\" Extension=\"([^\"]+)\"/>");

    /** A part of the XMLBeans export: its bytes, and the content type of an XML part or of a picture's extension. */
    record Part(byte[] content, String contentType, boolean byExtension) {
    }

    private XmlBeansParts() {
    }

    static Map<String, Part> of(Meeting meeting, EmblemImage emblem, ExportProgress progress) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var document = new UnDocument()) {
            WordExport.write(document, meeting, emblem, progress);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        String types = new String(entries.get(WordPackage.CONTENT_TYPES), java.nio.charset.StandardCharsets.UTF_8);
        Map<String, String> overrides = new LinkedHashMap<>();
        for (Matcher m = OVERRIDE.matcher(types); m.find(); ) {
            overrides.put(m.group(2), m.group(1));
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Matcher m = DEFAULT.matcher(types); m.find(); ) {
            defaults.put(m.group(2), m.group(1));
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        entries.forEach((name, content) -> {
            if (overrides.containsKey(name)) {
                parts.put(name, new Part(content, overrides.get(name), false));
            } else {
                String extension = name.substring(name.lastIndexOf('.') + 1);
                parts.put(name, new Part(content, defaults.get(extension), true));
            }
        });
        return parts;
    }
}
