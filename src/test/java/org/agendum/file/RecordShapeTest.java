package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes the reader, the writer and the broken-text check go by say what the records are: the same fields in
 * the same order, each of the kind its component's type is, and building and taking apart give back the record.
 */
class RecordShapeTest {

    @Test
    void eachShapeHasItsRecordsComponentsInOrder() {
        List<Class<?>> shaped = FileDto.SHAPES.stream().<Class<?>>map(RecordShape::type).toList();
        assertThat(shaped).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(FileDto.class.getDeclaredClasses()).filter(Class::isRecord).toList());
        for (RecordShape<?> shape : FileDto.SHAPES) {
            List<String> components = Arrays.stream(shape.type().getRecordComponents()).map(RecordComponent::getName)
                    .toList();
            assertThat(shape.fields()).as(shape.type().getSimpleName()).extracting(RecordShape.Field::name)
                    .containsExactlyElementsOf(components);
        }
    }

    @Test
    void eachFieldIsOfItsComponentsKind() throws Exception {
        for (RecordShape<?> shape : FileDto.SHAPES) {
            RecordComponent[] components = shape.type().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                RecordShape.Field field = shape.field(i);
                Class<?> type = components[i].getType();
                RecordShape.Kind kind = type == String.class ? RecordShape.Kind.TEXT
                        : type == Integer.class ? RecordShape.Kind.WHOLE_NUMBER
                        : type == Boolean.class ? RecordShape.Kind.FLAG
                        : type == List.class ? RecordShape.Kind.LIST : RecordShape.Kind.OBJECT;
                assertThat(field.kind()).as(shape.type().getSimpleName() + "." + field.name()).isEqualTo(kind);
                if (kind == RecordShape.Kind.OBJECT) {
                    assertThat(field.shape().type()).isEqualTo(type);
                }
                if (kind == RecordShape.Kind.LIST) {
                    String element = components[i].getGenericType().getTypeName();
                    assertThat(element).isEqualTo("java.util.List<" + field.shape().type().getName() + ">");
                }
            }
        }
    }

    @Test
    void buildingAndTakingApartGiveBackTheRecordAndItsComponents() throws Exception {
        for (RecordShape<?> shape : FileDto.SHAPES) {
            Object[] values = new Object[shape.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = switch (shape.field(i).kind()) { // a different value in each place
                    case TEXT -> "v" + i;
                    case WHOLE_NUMBER -> i;
                    case FLAG -> i % 2 == 0;
                    case LIST -> List.of();
                    case OBJECT -> emptyRecord(shape.field(i).shape());
                };
            }
            Record record = shape.build(values);
            RecordComponent[] components = shape.type().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                assertThat(components[i].getAccessor().invoke(record)).as(components[i].toString()).isEqualTo(values[i]);
            }
            assertThat(shape.values(record)).containsExactly(values);
        }
    }

    private static Record emptyRecord(RecordShape<?> shape) {
        return shape.build(new Object[shape.size()]);
    }
}
