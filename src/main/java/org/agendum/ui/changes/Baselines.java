package org.agendum.ui.changes;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;
import org.agendum.typography.UnDates;

/**
 * What the changes are counted against (id {@code changesBaseline}): each issued version, newest first and chosen
 * unless the officer picks another, since a revision shows what changed since the circulated text; then the file as
 * last opened or saved, the only choice for a meeting never issued. The choices follow the meeting's history: an
 * issue recorded (or undone) adds (or takes away) its line, and the officer's choice stays while it is there.
 */
public final class Baselines {
    /** One thing to compare with: its words in the list and the meeting it holds. */
    public record Baseline(String words, Meeting meeting) {
    }

    private final ChoiceBox<Baseline> box = new ChoiceBox<>();
    private final ObservableValue<Meeting> current;
    private final ObservableValue<Meeting> saved;
    private List<IssuedVersion> shownHistory;

    public Baselines(ObservableValue<Meeting> current, ObservableValue<Meeting> saved) {
        this.current = current;
        this.saved = saved;
        box.setId("changesBaseline");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Baseline baseline) {
                return baseline == null ? "" : baseline.words();
            }

            @Override
            public Baseline fromString(String words) {
                throw new UnsupportedOperationException("chosen from the list, never typed");
            }
        });
        // the history changes rarely (an issue, its undo), the meeting at every keystroke: rebuilt only for the first
        current.addListener((obs, was, now) -> {
            if (now.issued() != shownHistory) {
                rebuild();
            }
        });
        saved.addListener((obs, was, now) -> rebuild());
        rebuild();
    }

    public ChoiceBox<Baseline> node() {
        return box;
    }

    /** The meeting the changes are counted against. */
    public ObservableValue<Meeting> meeting() {
        return Bindings.createObjectBinding(() -> box.getValue() == null ? saved.getValue() : box.getValue().meeting(),
                box.valueProperty());
    }

    private void rebuild() {
        shownHistory = current.getValue().issued();
        List<Baseline> choices = new ArrayList<>();
        for (int i = shownHistory.size() - 1; i >= 0; i--) {
            IssuedVersion version = shownHistory.get(i);
            choices.add(new Baseline("against " + version.symbol() + ", issued " + UnDates.date(version.date()),
                    version.meeting()));
        }
        choices.add(new Baseline("since the file was opened or last saved", saved.getValue()));
        String chosen = box.getValue() == null ? null : box.getValue().words();
        box.getItems().setAll(choices);
        box.setValue(choices.stream().filter(choice -> choice.words().equals(chosen)).findFirst().orElse(choices.get(0)));
    }
}
