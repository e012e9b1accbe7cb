package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agendum.model.AgendaItem;
import org.agendum.model.ItemId;
import org.junit.jupiter.api.Test;

class ItemsClipboardFormatTest {
    private final List<AgendaItem> items = SampleMeeting.load().agenda().items();

    @Test
    void itemsComeBackWithTheirSubItemsAnnotationsAndDocumentation() throws Exception {
        List<AgendaItem> two = List.of(items.get(0), items.get(2));
        assertThat(ItemsClipboardFormat.read(ItemsClipboardFormat.write(two))).isEqualTo(two);
    }

    @Test
    void theSameItemsGiveTheSameText() {
        assertThat(ItemsClipboardFormat.write(items)).isEqualTo(ItemsClipboardFormat.write(List.copyOf(items)));
    }

    @Test
    void textThatIsNotAgendumItemsIsRefusedWithAMessage() {
        assertThatThrownBy(() -> ItemsClipboardFormat.read("Hello"))
                .isInstanceOf(MeetingFileException.class).hasMessageStartingWith("The clipboard");
        assertThatThrownBy(() -> ItemsClipboardFormat.read(""))
                .isInstanceOf(MeetingFileException.class).hasMessageStartingWith("The clipboard");
    }

    @Test
    void twoItemsWithOneIdAreRefused() {
        AgendaItem item = AgendaItem.of(new ItemId("same"), "Same");
        assertThatThrownBy(() -> ItemsClipboardFormat.read(ItemsClipboardFormat.write(List.of(item, item))))
                .isInstanceOf(MeetingFileException.class).hasMessageContaining("same");
    }
}
