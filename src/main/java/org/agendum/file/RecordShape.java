package org.agendum.file;

import java.util.List;

/**
 * One record of {@link FileDto} as the file holds it, said without reflection: its fields in file order, what each
 * holds, how to build the record from their values and take it apart again. The reader ({@link DtoReader}), the
 * writer ({@link DtoWriter}) and the broken-text check ({@link BrokenText}) share it, so they cannot disagree; a test
 * holds it to the record's components. Each shape is a subclass that builds and takes apart its record in plain
 * code: reflection, or Jackson's data binding, cost a fresh JVM a third of a second before the first meeting was
 * read, and even lambdas some milliseconds to link (docs/decisions/0005-command-line-start.md).
 */
abstract class RecordShape<T extends Record> {
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
     * @param holds the record of the object (OBJECT) or of each element (LIST); null for the other kinds
     * @param omittedWhenNull left out of the file when null (optional markers, the fields of format 2); the other
     *     fields are always written
     */
    record Field(String name, Kind kind, Class<? extends Record> holds, boolean omittedWhenNull) {
        /** The shape of the object or of each element: looked up when needed, since items hold items. */
        RecordShape<?> shape() {
            return FileDto.shapeOf(holds);
        }
    }

    private final Class<T> type;
    private final List<Field> fields;

    RecordShape(Class<T> type, List<Field> fields) {
        this.type = type;
        this.fields = List.copyOf(fields);
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
    abstract T build(Object[] values);

    /** The record's values, in the order of {@link #fields()}. */
    abstract Object[] valuesOf(T record);

    /** {@link #valuesOf}, for a record that the field holding it says is of this shape. */
    Object[] values(Object record) {
        return valuesOf(type.cast(record));
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

    static Field object(String name, Class<? extends Record> object) {
        return new Field(name, Kind.OBJECT, object, false);
    }

    static Field list(String name, Class<? extends Record> elements) {
        return new Field(name, Kind.LIST, elements, false);
    }

    static Field optionalList(String name, Class<? extends Record> elements) {
        return new Field(name, Kind.LIST, elements, true);
    }
}
