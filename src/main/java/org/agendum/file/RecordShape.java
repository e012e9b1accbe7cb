package org.agendum.file;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One record of {@link FileDto} as the file holds it, said without reflection: its fields in file order, what each
 * holds, how to build the record from their values and take it apart again. The reader ({@link DtoReader}), the
 * writer ({@link DtoWriter}) and the broken-text check ({@link BrokenText}) share it, so they cannot disagree; a test
 * holds it to the record's components. (Reflection, or Jackson's data binding, costs a fresh JVM a third of a second
 * before the first meeting is read: docs/decisions/0005-command-line-start.md.)
 */
final class RecordShape<T extends Record> {
    /** What a field holds, and how a message names it. */
    enum Kind {
        TEXT("text"), WHOLE_NUMBER("a whole number"), FLAG("true or false"), OBJECT("an object"), LIST("a list");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        /** "text", "a list" …: what the field must be, for "… must be text, not a number". */
        String expected() {
            return expected;
        }
    }

    /**
     * One field of the record.
     *
     * @param shape the shape of the object (OBJECT) or of each element (LIST); null for the other kinds. A supplier,
     *     because items hold items.
     * @param omittedWhenNull left out of the file when null (optional markers, the fields of format 2); the other
     *     fields are always written
     */
    record Field(String name, Kind kind, Supplier<RecordShape<?>> shape, boolean omittedWhenNull) {
    }

    private final Class<T> type;
    private final List<Field> fields;
    private final Function<Object[], T> constructor;
    private final Function<T, Object[]> values;

    RecordShape(Class<T> type, List<Field> fields, Function<Object[], T> constructor, Function<T, Object[]> values) {
        this.type = type;
        this.fields = List.copyOf(fields);
        this.constructor = constructor;
        this.values = values;
    }

    Class<T> type() {
        return type;
    }

    List<Field> fields() {
        return fields;
    }

    int size() {
        return fields.size();
    }

    Field field(int index) {
        return fields.get(index);
    }

    /** The index of the field called {@code name}, or -1: at most 23 names, a scan is as quick as a map. */
    int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The record from its fields' values, in the order of {@link #fields()}; null for a field not given. */
    T build(Object[] fieldValues) {
        return constructor.apply(fieldValues);
    }

    /**
     * The record's values, in the order of {@link #fields()}. It takes any record: the field that holds it says it
     * is of this shape.
     */
    @SuppressWarnings("unchecked")
    Object[] values(Object record) {
        return values.apply((T) record);
    }

    static Field text(String name) {
        return new Field(name, Kind.TEXT, null, false);
    }

    static Field optionalText(String name) {
        return new Field(name, Kind.TEXT, null, true);
    }

    static Field wholeNumber(String name) {
        return new Field(name, Kind.WHOLE_NUMBER, null, false);
    }

    static Field optionalWholeNumber(String name) {
        return new Field(name, Kind.WHOLE_NUMBER, null, true);
    }

    static Field optionalFlag(String name) {
        return new Field(name, Kind.FLAG, null, true);
    }

    static Field object(String name, Supplier<RecordShape<?>> shape) {
        return new Field(name, Kind.OBJECT, shape, false);
    }

    static Field list(String name, Supplier<RecordShape<?>> elements) {
        return new Field(name, Kind.LIST, elements, false);
    }

    static Field optionalList(String name, Supplier<RecordShape<?>> elements) {
        return new Field(name, Kind.LIST, elements, true);
    }
}
