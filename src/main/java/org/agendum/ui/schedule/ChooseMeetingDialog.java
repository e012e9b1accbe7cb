package org.agendum.ui.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.agendum.model.Day;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.MeetingSlot;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.SlotId;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.UnDates;

/**
 * The meeting in which to take up an item (id {@code chooseMeetingDialog}): every meeting of the organization of
 * work, in its order, in the list {@code meetingList}, each saying whether it already takes the item up; the first
 * that does not is selected, and a double-click or Enter chooses.
 * With no meetings the list says so ({@code noMeetingsLabel}) and there is nothing to choose.
 */
final class ChooseMeetingDialog {
    static final String NO_MEETINGS = "There are no meetings yet. Add a day to the organization of work first.";
    static final String TAKES_IT_UP = "takes up this item";
    private static final String SEPARATOR = " \u00B7 ";

    /** One line of the list: a meeting and how the officer recognizes it. */
    record Choice(SlotId slot, String line, boolean takesItUp) {
    }

    private final ListView<Choice> list = new ListView<>();
    private final Dialog<SlotId> dialog;

    ChooseMeetingDialog(Window owner, String itemLine, ItemId item, OrganizationOfWork work) {
        list.setId("meetingList");
        list.getItems().setAll(choices(work, item));
        list.setCellFactory(view -> new ChoiceCell());
        Label none = new Label(NO_MEETINGS);
        none.setId("noMeetingsLabel");
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setPrefHeight(260);
        list.getSelectionModel().select(list.getItems().stream().filter(choice -> !choice.takesItUp()).findFirst()
                .orElse(list.getItems().isEmpty() ? null : list.getItems().get(0)));

        dialog = DialogFrame.create(owner, "chooseMeetingDialog", "Choose a meeting", "Take up " + itemLine + " in:",
                list);
        DialogFrame.okOnlyWhile(dialog, Bindings.isNotNull(list.getSelectionModel().selectedItemProperty()));
        DialogFrame.passAnswerKeys(dialog, list);
        DialogFrame.focusOnShown(dialog, list);
        dialog.setResultConverter(button -> {
            Choice chosen = list.getSelectionModel().getSelectedItem();
            return button == ButtonType.OK && chosen != null ? chosen.slot() : null;
        });
    }

    Optional<SlotId> showAndWait() {
        return dialog.showAndWait();
    }

    /**
     * The meetings in the organization's order: "Monday, 2 July, 10 a.m.–1 p.m. · Opening · 3 entries", and
     * " · takes up this item" where the item already is.
     */
    static List<Choice> choices(OrganizationOfWork work, ItemId item) {
        List<Choice> choices = new ArrayList<>();
        for (Day day : work.days()) {
            for (MeetingSlot meeting : day.meetings()) {
                boolean there = meeting.entries().stream()
                        .anyMatch(entry -> entry instanceof ItemEntry taken && taken.item().equals(item));
                choices.add(new Choice(meeting.id(), line(day, meeting) + (there ? SEPARATOR + TAKES_IT_UP : ""),
                        there));
            }
        }
        return choices;
    }

    static String line(Day day, MeetingSlot meeting) {
        StringBuilder line = new StringBuilder(UnDates.weekdayAndDate(day.date()))
                .append(", ").append(DocumentLanguage.of(DocumentLanguage.ENGLISH).times().meeting(meeting.start(),
                        meeting.end()));
        if (!meeting.label().isBlank()) {
            line.append(SEPARATOR).append(meeting.label().strip());
        }
        int entries = meeting.entries().size();
        line.append(SEPARATOR).append(entries == 0 ? "empty" : entries == 1 ? "1 entry" : entries + " entries");
        return line.toString();
    }

    /** Shows the line, and chooses on a double-click on a meeting (not on the empty space under the list). */
    private final class ChoiceCell extends ListCell<Choice> {
        ChoiceCell() {
            setOnMouseClicked(event -> {
                if (!isEmpty() && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                    DialogFrame.okButton(dialog).fire();
                }
            });
        }

        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null : choice.line());
        }
    }
}
