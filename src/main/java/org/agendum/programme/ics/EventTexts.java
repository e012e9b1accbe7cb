package org.agendum.programme.ics;

import java.util.ArrayList;
import java.util.List;
import org.agendum.annex.AnnexEntry;
import org.agendum.annex.AnnexMeeting;
import org.agendum.model.MeetingDetails;
import org.agendum.typography.DocumentLanguage;

/** What an event says: its summary (the meeting, its label and the body) and its description (the items). */
final class EventTexts {
    private EventTexts() {
    }

    /**
     * "Working Group on Trafficking in Persons (Conference of the Parties to …)", with the meeting's label after the
     * meeting's name ("…, Plenary"); a body's own session is named by its session line.
     */
    static String summary(MeetingDetails details, AnnexMeeting meeting) {
        String name = firstNonBlank(details.meetingInfo().meetingName(), details.meetingInfo().sessionLine());
        String body = details.masthead().bodyName().strip();
        List<String> parts = new ArrayList<>();
        if (!name.isEmpty()) {
            parts.add(name);
        }
        if (!meeting.label().isBlank()) {
            parts.add(meeting.label().strip());
        }
        String head = String.join(", ", parts);
        if (head.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? head : head + " (" + body + ")";
    }

    /**
     * The items taken up, a line each, in the annex's words: "1 (a) Opening of the meeting", "2 International
     * cooperation … (continued)"; a note as typed.
     */
    static String description(AnnexMeeting meeting, DocumentLanguage language) {
        List<String> lines = new ArrayList<>();
        for (AnnexEntry entry : meeting.entries()) {
            String title = entry.titleWithContinued(language).strip();
            lines.add(entry.isNote() ? title : entry.reference() + " " + title);
        }
        return String.join("\n", lines);
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (!text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }
}
