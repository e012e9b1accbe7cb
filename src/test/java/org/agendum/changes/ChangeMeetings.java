package org.agendum.changes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendum.edit.Edit;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.RichText;
import org.agendum.model.SlotId;

/** A small meeting whose parts the changes tests name: five items, three meetings on two days, three entries. */
final class ChangeMeetings {
    static final ItemId OPENING = new ItemId("opening");
    static final ItemId ADOPTION = new ItemId("adoption");
    static final ItemId THIRD = new ItemId("third");
    static final ItemId FOURTH = new ItemId("fourth");
    static final ItemId OTHER = new ItemId("other");
    static final SlotId MONDAY_MORNING = new SlotId("mon-am");
    static final SlotId MONDAY_AFTERNOON = new SlotId("mon-pm");
    static final SlotId TUESDAY_MORNING = new SlotId("tue-am");
    static final EntryId OPENING_ENTRY = new EntryId("e-opening");
    static final EntryId ADOPTION_ENTRY = new EntryId("e-adoption");
    static final EntryId NOTE = new EntryId("e-note");
    static final DocumentationEntry REPORT = new DocumentationEntry("Report of the Secretariat", "CTOC/COP/WG.4/2018/2");
    static final DocumentationEntry NOTE_BY = new DocumentationEntry("Note by the Secretariat", "CTOC/COP/WG.4/2018/3");

    private ChangeMeetings() {
    }

    static Meeting meeting() {
        Agenda agenda = new Agenda(List.of(
                AgendaItem.of(OPENING, "Opening of the meeting"),
                AgendaItem.of(ADOPTION, "Adoption of the agenda"),
                new AgendaItem(THIRD, "Trafficking in persons",
                        RichText.of("The meeting will be held on two days.", "Delegations are invited to attend."),
                        List.of(), List.of()),
                new AgendaItem(FOURTH, "Smuggling of migrants", RichText.EMPTY, List.of(REPORT, NOTE_BY), List.of()),
                AgendaItem.of(OTHER, "Other matters")));
        OrganizationOfWork organization = new OrganizationOfWork(List.of(
                new Day(LocalDate.of(2018, 7, 2), List.of(
                        new MeetingSlot(MONDAY_MORNING, LocalTime.of(10, 0), LocalTime.of(13, 0), "", List.of(
                                new ItemEntry(OPENING_ENTRY, OPENING), new ItemEntry(ADOPTION_ENTRY, ADOPTION))),
                        new MeetingSlot(MONDAY_AFTERNOON, LocalTime.of(15, 0), LocalTime.of(18, 0), "", List.of(
                                new NoteEntry(NOTE, "Informal consultations"))))),
                new Day(LocalDate.of(2018, 7, 3), List.of(
                        new MeetingSlot(TUESDAY_MORNING, LocalTime.of(10, 0), LocalTime.of(13, 0), "", List.of())))));
        MeetingDetails details = MeetingDetails.builder().venue("Vienna")
                .dates(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 3)).build();
        return new Meeting(details, agenda, organization);
    }

    /** The meeting after the officer's edits, one after the other. */
    static Meeting edited(Meeting meeting, Edit... edits) {
        Meeting out = meeting;
        for (Edit edit : edits) {
            out = edit.apply(out);
        }
        return out;
    }
}
