package org.agendum.programme.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.agendum.annex.AnnexDay;
import org.agendum.annex.AnnexEntry;
import org.agendum.annex.AnnexMeeting;
import org.agendum.annex.AnnexTable;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.UnscheduledItems;
import org.agendum.typography.DocumentLanguage;

/**
 * The agenda's items, each with whether it is scheduled: the check a secretariat makes before the programme goes
 * out. "Scheduled" follows the validator's rule ({@link UnscheduledItems}: an item is taken up when it or an item
 * above it has an entry); an item with sub-items is scheduled when none of them is left out.
 */
public final class ItemRows {
    private static final List<String> HEADS = List.of("annex.head.agendaItem", "annex.head.titleOrDescription",
            "programme.head.scheduled", "programme.head.meetings");

    private ItemRows() {
    }

    public static List<String> heads(DocumentLanguage language) {
        return HEADS.stream().map(language::label).toList();
    }

    /** @param text what the format makes of a typed title, as for {@link AnnexTable#of} */
    public static List<ItemRow> of(Meeting meeting, AnnexTable table, DocumentLanguage language,
                                   UnaryOperator<String> text) {
        Set<ItemId> unscheduled = UnscheduledItems.in(meeting);
        Map<ItemId, List<String>> meetings = meetingsOfItems(table);
        List<ItemRow> rows = new ArrayList<>();
        for (Agenda.NumberedItem numbered : meeting.agenda().numbered()) {
            AgendaItem item = numbered.item();
            boolean scheduled = !unscheduled.contains(item.id()) && noneLeftOut(item, unscheduled);
            rows.add(new ItemRow(language.numbering().reference(numbered.ordinals()),
                    AgendaPunctuation.heading(text.apply(item.title())),
                    language.label(scheduled ? "programme.yes" : "programme.no"),
                    String.join("; ", meetings.getOrDefault(item.id(), List.of()))));
        }
        return rows;
    }

    private static boolean noneLeftOut(AgendaItem item, Set<ItemId> unscheduled) {
        return item.subItems().stream()
                .allMatch(sub -> !unscheduled.contains(sub.id()) && noneLeftOut(sub, unscheduled));
    }

    /** Per item, the meetings that take it up, as "Monday, 2 July, 10 a.m.–1 p.m.", each once, in order. */
    private static Map<ItemId, List<String>> meetingsOfItems(AnnexTable table) {
        Map<ItemId, List<String>> out = new LinkedHashMap<>();
        for (AnnexDay day : table.days()) {
            for (AnnexMeeting meeting : day.meetings()) {
                String when = day.dateText() + ", " + meeting.timeText();
                for (AnnexEntry entry : meeting.entries()) {
                    entry.item().ifPresent(id -> {
                        List<String> list = out.computeIfAbsent(id, k -> new ArrayList<>());
                        if (!list.contains(when)) {
                            list.add(when);
                        }
                    });
                }
            }
        }
        return out;
    }
}
