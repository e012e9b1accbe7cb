package org.agendum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.agendum.model.MeetingDetails;
import org.junit.jupiter.api.Test;

class WindowTitleTest {
    @Test
    void meetingNameSymbolAndAppSeparatedByEnDashes() {
        assertThat(WindowTitle.of(TestMeetings.sample().details()))
                .isEqualTo("Working Group on Trafficking in Persons \u2013 CTOC/COP/WG.4/2018/1 \u2013 Agendum");
    }

    @Test
    void leavesOutWhatIsNotFilledIn() {
        MeetingDetails blank = MeetingDetails.blank(LocalDate.of(2026, 1, 5));
        assertThat(WindowTitle.of(blank)).isEqualTo("Agendum");
        assertThat(WindowTitle.of(blank.withSymbol("A/80/1"))).isEqualTo("A/80/1 \u2013 Agendum");
    }
}
