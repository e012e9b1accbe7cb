package org.agendum.typography;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One language's table of what a document version prints of its own (labels, month names, date and time
 * patterns, numbering, punctuation): {@code org/agendum/typography/language/CODE.properties}, read as UTF-8 with
 * {@link Properties#load(Reader)}. Not a {@code ResourceBundle}: a missing key must be an error, never English
 * silently falling through from a parent bundle. The choices live in the tables so that a convention found to
 * differ is changed there, not in code (docs/languages.md gives each value's source).
 */
public final class LanguageTable {
    /** The six official languages' codes, English first. */
    public static final List<String> CODES = List.of("en", "fr", "es", "ru", "zh", "ar");
    private static final String FOLDER = "/org/agendum/typography/language/";
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\|");

    private final String code;
    private final Map<String, String> values;

    private LanguageTable(String code, Map<String, String> values) {
        this.code = code;
        this.values = values;
    }

    /**
     * Reads the table of {@code code} (one of {@link #CODES}).
     *
     * @throws IllegalArgumentException for a code without a table
     */
    static LanguageTable load(String code) {
        Objects.requireNonNull(code, "code");
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("No language table for \"" + code + "\"; there are " + CODES);
        }
        try (InputStream in = LanguageTable.class.getResourceAsStream(FOLDER + code + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("The language table " + code + ".properties is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> values = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            return new LanguageTable(code, Collections.unmodifiableMap(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String code() {
        return code;
    }

    /** Every key the table has, in order. */
    public Set<String> keys() {
        return values.keySet();
    }

    /**
     * The value of {@code key} (possibly empty).
     *
     * @throws IllegalStateException when the table lacks the key: every table has every key of the English one
     */
    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("The " + code + " language table has no \"" + key + "\"");
        }
        return value;
    }

    /** A list value, its entries separated by "|" (month names may hold spaces). */
    public List<String> list(String key) {
        return List.of(LIST_SEPARATOR.split(get(key), -1));
    }

    /**
     * {@code pattern} with each "{name}" replaced by the value given after that name in {@code namesAndValues}.
     *
     * @throws IllegalArgumentException for a placeholder no value is given for, or an unclosed brace
     */
    public static String fill(String pattern, String... namesAndValues) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            if (open < 0) {
                out.append(pattern, at, pattern.length());
                break;
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed placeholder in \"" + pattern + "\"");
            }
            out.append(pattern, at, open).append(value(pattern, pattern.substring(open + 1, close), namesAndValues));
            at = close + 1;
        }
        return out.toString();
    }

    private static String value(String pattern, String name, String[] namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return namesAndValues[i + 1];
            }
        }
        throw new IllegalArgumentException("No value for {" + name + "} in \"" + pattern + "\"");
    }
}
