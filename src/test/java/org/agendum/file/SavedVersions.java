package org.agendum.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agendum.model.Agenda;
import org.agendum.model.AgendaItem;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.RichText;

/**
 * The versions of a meeting that the save-killing test writes, one per index, made from a seed alone: the process
 * that saves them and the test that checks what a kill left behind build the same meeting for the same index
 * without telling each other more than the index. The meeting grows with the index (up to {@link #CYCLE} added
 * items, then it starts small again), so that two versions differ in length as well as in content and a file cut
 * short can never pass for another version.
 */
final class SavedVersions {
    static final int CYCLE = 40;

    private final long seed;

    SavedVersions(long seed) {
        this.seed = seed;
    }

    Meeting version(int index) {
        Meeting sample = SampleMeeting.load();
        Random random = new Random(seed * 1_000_003L + index);
        List<AgendaItem> items = new ArrayList<>(sample.agenda().items());
        for (int i = 0; i < index % CYCLE + 1; i++) {
            String words = words(random, 3 + random.nextInt(30));
            items.add(new AgendaItem(new ItemId("v" + index + "-" + i), "Item " + i + " of version " + index + ": "
                    + words, RichText.of(words(random, random.nextInt(200))),
                    List.of(new DocumentationEntry("Report " + i, "A/80/" + random.nextInt(1000))), List.of()));
        }
        return sample.withDetails(sample.details().toBuilder().venue("Vienna, version " + index).build())
                .withAgenda(new Agenda(items));
    }

    byte[] bytes(int index) {
        return MeetingFiles.write(version(index));
    }

    private static String words(Random random, int count) {
        String[] vocabulary = {"meeting", "report", "Group", "trafficking", "persons", "review", "Conference",
            "séance", "доклад", "会议", "تقرير", "“quoted”", "2018", "—"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return out.toString();
    }
}
