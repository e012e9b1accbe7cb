package org.agendum.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Masthead;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingInfo;
import org.agendum.model.TitleBlock;

/**
 * Which fields of a meeting another meeting has the same, one check per field of the details and per field of each
 * agenda item (matched by position in the tree), and one for the whole organization of work (ids aside): how near
 * an import comes to a meeting typed by hand from the same document.
 */
public final class MeetingFieldScore {
    /** One field: its name, and both values as text. */
    public record Field(String name, boolean same, String expected, String actual) {
    }

    private final List<Field> fields = new ArrayList<>();

    private MeetingFieldScore() {
    }

    public static MeetingFieldScore of(Meeting expected, Meeting actual) {
        MeetingFieldScore score = new MeetingFieldScore();
        score.details(expected.details(), actual.details());
        score.agenda(expected.agenda(), actual.agenda());
        score.add("organization of work", MeetingsWithoutIds.of(expected).organization(),
                MeetingsWithoutIds.of(actual).organization());
        return score;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<Field> differences() {
        return fields.stream().filter(f -> !f.same()).toList();
    }

    public long matching() {
        return fields.stream().filter(Field::same).count();
    }

    /** "41/44 fields (93.2 %)", then each differing field. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d/%d fields (%.1f %%)", matching(), fields.size(),
                100.0 * matching() / fields.size())
                + (differences().isEmpty() ? "" : "; differ: " + differences().stream()
                .map(f -> f.name() + " (expected \"" + abbreviate(f.expected()) + "\", got \"" + abbreviate(f.actual())
                        + "\")").collect(Collectors.joining("; ")));
    }

    public double percent() {
        return Math.round(1000.0 * matching() / fields.size()) / 10.0;
    }

    private void details(MeetingDetails e, MeetingDetails a) {
        Masthead em = e.masthead();
        Masthead am = a.masthead();
        add("body name", em.bodyName(), am.bodyName());
        add("symbol", em.symbol(), am.symbol());
        add("distribution", em.distribution(), am.distribution());
        add("issue date", em.issueDate(), am.issueDate());
        add("original language", em.originalLanguage(), am.originalLanguage());
        add("version language", em.versionLanguage(), am.versionLanguage());
        add("language coverage", em.languageCoverage(), am.languageCoverage());
        MeetingInfo ei = e.meetingInfo();
        MeetingInfo ai = a.meetingInfo();
        add("meeting name", ei.meetingName(), ai.meetingName());
        add("session line", ei.sessionLine(), ai.sessionLine());
        add("venue", ei.venue(), ai.venue());
        add("dates", ei.dates(), ai.dates());
        TitleBlock et = e.titleBlock();
        TitleBlock at = a.titleBlock();
        add("agenda item line", et.agendaItemLine(), at.agendaItemLine());
        add("agenda item title", et.agendaItemTitle(), at.agendaItemTitle());
        add("agenda item note", et.agendaItemNote(), at.agendaItemNote());
        add("title", et.title(), at.title());
        add("title note", et.titleNote(), at.titleNote());
        add("form", e.form(), a.form());
        add("duty station", e.processing().dutyStation(), a.processing().dutyStation());
        add("job number", e.processing().jobNumber(), a.processing().jobNumber());
        add("job dates", List.of(e.jobProcessedDate(), e.jobReleasedDate()),
                List.of(a.jobProcessedDate(), a.jobReleasedDate()));
    }

    private void agenda(Agenda e, Agenda a) {
        List<Agenda.NumberedItem> expected = e.numbered();
        List<Agenda.NumberedItem> actual = a.numbered();
        add("number of items", expected.size(), actual.size());
        for (Agenda.NumberedItem item : expected) {
            Agenda.NumberedItem other = actual.stream().filter(n -> n.ordinals().equals(item.ordinals())).findFirst()
                    .orElse(null);
            String at = "item " + item.reference() + " ";
            item(at + "title", item, other, AgendaItem::title);
            item(at + "heading", item, other, AgendaItem::heading);
            item(at + "list end", item, other, AgendaItem::listEnd);
            item(at + "annotation", item, other, AgendaItem::annotation);
            item(at + "documentation", item, other, AgendaItem::documentation);
        }
    }

    private void item(String name, Agenda.NumberedItem expected, Agenda.NumberedItem actual,
                      Function<AgendaItem, Object> field) {
        add(name, field.apply(expected.item()), actual == null ? "(no such item)" : field.apply(actual.item()));
    }

    private void add(String name, Object expected, Object actual) {
        fields.add(new Field(name, Objects.equals(expected, actual), String.valueOf(expected), String.valueOf(actual)));
    }

    private static String abbreviate(String text) {
        return text.length() <= 90 ? text : text.substring(0, 89) + "\u2026";
    }
}
