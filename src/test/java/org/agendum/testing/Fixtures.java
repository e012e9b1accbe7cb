package org.agendum.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.Distribution;
import org.agendum.model.DutyStation;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingDetails;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.RichText;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;

/**
 * The structure of CTOC/COP/WG.4/2018/1 built in code (titles, ids and the annex; annotations shortened),
 * so that model and edit tests need no file layer.
 */
public final class Fixtures {
    public static final ItemId ITEM_1 = new ItemId("item-1");
    public static final ItemId ITEM_1A = new ItemId("item-1a");
    public static final ItemId ITEM_1B = new ItemId("item-1b");
    public static final ItemId ITEM_2 = new ItemId("item-2");
    public static final ItemId ITEM_3 = new ItemId("item-3");
    public static final ItemId ITEM_4 = new ItemId("item-4");
    public static final ItemId ITEM_5 = new ItemId("item-5");
    public static final SlotId MON_AM = new SlotId("m-0702-am");
    public static final SlotId MON_PM = new SlotId("m-0702-pm");
    public static final SlotId TUE_AM = new SlotId("m-0703-am");
    public static final SlotId TUE_PM = new SlotId("m-0703-pm");

    private Fixtures() {
    }

    public static Meeting referenceMeeting() {
        var details = MeetingDetails.builder()
                .bodyName("Conference of the Parties to the United Nations Convention against Transnational Organized "
                        + "Crime")
                .symbol("CTOC/COP/WG.4/2018/1").distribution(Distribution.GENERAL).issueDate(LocalDate.of(2018, 4, 9))
                .originalLanguage(Language.ENGLISH).versionLanguage(Language.ENGLISH)
                .meetingName("Working Group on Trafficking in Persons").venue("Vienna")
                .dates(LocalDate.of(2018, 7, 2), LocalDate.of(2018, 7, 3))
                .title("Annotated provisional agenda")
                .dutyStation(DutyStation.VIENNA)
                .build();
        var agenda = new Agenda(List.of(
                AgendaItem.of(ITEM_1, "Organizational matters").withSubItems(List.of(
                        AgendaItem.of(ITEM_1A, "Opening of the meeting").withAnnotation(RichText.of(
                                "The eighth meeting of the Working Group on Trafficking in Persons will be opened on "
                                        + "Monday, 2 July 2018, at 10 a.m.")),
                        AgendaItem.of(ITEM_1B, "Adoption of the agenda and organization of work"))),
                AgendaItem.of(ITEM_2, "International cooperation in cases of trafficking in persons: "
                        + "considering the needs and rights of victims"),
                AgendaItem.of(ITEM_3, "Preparation of the questionnaire to review the implementation of the "
                        + "Trafficking in Persons Protocol"),
                AgendaItem.of(ITEM_4, "Other matters"),
                AgendaItem.of(ITEM_5, "Adoption of the report")));
        var work = new OrganizationOfWork(List.of(
                new Day(LocalDate.of(2018, 7, 2), List.of(
                        slot(MON_AM, 10, 13, ITEM_1A, ITEM_1B, ITEM_2),
                        slot(MON_PM, 15, 18, ITEM_2, ITEM_3))),
                new Day(LocalDate.of(2018, 7, 3), List.of(
                        slot(TUE_AM, 10, 13, ITEM_3),
                        slot(TUE_PM, 15, 18, ITEM_4, ITEM_5)))));
        return new Meeting(details, agenda, work);
    }

    private static MeetingSlot slot(SlotId id, int from, int to, ItemId... items) {
        List<ScheduleEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            entries.add(new ItemEntry(new EntryId(id.value() + "-" + (i + 1)), items[i]));
        }
        return new MeetingSlot(id, LocalTime.of(from, 0), LocalTime.of(to, 0), "", entries);
    }

    /** Lines of the reference document, read from the copy in the test resources. */
    public static List<String> referenceLines() {
        try (var in = Fixtures.class.getResourceAsStream("/reference/CTOC_COP_WG.4_2018_1.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
