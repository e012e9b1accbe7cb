package org.agendum.ui;

import java.util.ArrayList;
import java.util.List;
import org.agendum.model.MeetingDetails;

/** The window title: "Working Group on Trafficking in Persons – CTOC/COP/WG.4/2018/1 – Agendum". */
final class WindowTitle {
    static final String APP_NAME = "Agendum";
    private static final String SEPARATOR = " \u2013 ";

    private WindowTitle() {
    }

    static String of(MeetingDetails details) {
        List<String> parts = new ArrayList<>();
        if (!details.meetingName().isBlank()) {
            parts.add(details.meetingName().strip());
        }
        if (!details.symbol().isBlank()) {
            parts.add(details.symbol().strip());
        }
        parts.add(APP_NAME);
        return String.join(SEPARATOR, parts);
    }
}
