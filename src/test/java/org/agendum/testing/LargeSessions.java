package org.agendum.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.Day;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;

/**
 * Big sessions, the same for the same seed: the sample's details with many items (a third of them sub-items of
 * the one before) and days of meetings in which every item is taken up once, a few of them twice. For
 * benchmarks of what stays smooth at the size of a large body's session.
 */
public final class LargeSessions {
    private static final String[] WORDS = {"Report", "of", "the", "Committee", "on", "implementation", "review",
        "international", "cooperation", "programme", "budget", "matters", "questions", "relating", "to", "and",
        "development", "human", "rights", "situation", "elections", "appointments", "strengthening", "coordination"};

    private LargeSessions() {
    }

    /** {@code items} items in all over {@code days} days of {@code meetingsPerDay} meetings. */
    public static Meeting session(int days, int meetingsPerDay, int items, long seed) {
        Random random = new Random(seed);
        List<AgendaItem> top = new ArrayList<>();
        List<ItemId> leaves = new ArrayList<>();
        int made = 0;
        while (made < items) {
            AgendaItem item = AgendaItem.of(new ItemId("item-" + made), title(random));
            made++;
            List<AgendaItem> subs = new ArrayList<>();
            int subCount = random.nextInt(4) == 0 ? Math.min(items - made, 1 + random.nextInt(4)) : 0;
            for (int s = 0; s < subCount; s++) {
                AgendaItem sub = AgendaItem.of(new ItemId("item-" + made), title(random));
                made++;
                subs.add(sub);
                leaves.add(sub.id());
            }
            if (subs.isEmpty()) {
                leaves.add(item.id());
            }
            top.add(item.withSubItems(subs));
        }
        // every leaf once, in agenda order, spread over the meetings; every tenth carried on to the next meeting
        int slots = days * meetingsPerDay;
        List<List<ScheduleEntry>> entries = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            entries.add(new ArrayList<>());
        }
        int entry = 0;
        for (int i = 0; i < leaves.size(); i++) {
            int slot = (int) ((long) i * slots / leaves.size());
            entries.get(slot).add(new ItemEntry(new EntryId("e-" + entry++), leaves.get(i)));
            if (i % 10 == 0 && slot + 1 < slots) {
                entries.get(slot + 1).add(0, new ItemEntry(new EntryId("e-" + entry++), leaves.get(i)));
            }
        }
        Meeting base = Fixtures.referenceMeeting();
        LocalDate first = base.details().meetingInfo().startDate();
        List<Day> dayList = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            List<MeetingSlot> meetings = new ArrayList<>();
            for (int m = 0; m < meetingsPerDay; m++) {
                LocalTime start = LocalTime.of(9 + m * 3, 0);
                meetings.add(new MeetingSlot(new SlotId("m-" + d + "-" + m), start, start.plusHours(2).plusMinutes(30),
                        "", entries.get(d * meetingsPerDay + m)));
            }
            dayList.add(new Day(first.plusDays(d), meetings));
        }
        return new Meeting(base.details().toBuilder().dates(first, first.plusDays(days - 1)).build(), new Agenda(top),
                new OrganizationOfWork(dayList));
    }

    private static String title(Random random) {
        int length = 3 + random.nextInt(14);
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            title.append(w == 0 ? word : " " + word.toLowerCase(java.util.Locale.ROOT));
        }
        return title.toString();
    }
}
