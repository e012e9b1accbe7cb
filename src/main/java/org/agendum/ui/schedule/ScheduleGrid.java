package org.agendum.ui.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.agendum.model.Agenda;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.typography.DocumentLanguage;
import org.agendum.ui.common.VersionLanguage;

/**
 * The grid itself: a column per day, a row per meeting time, a {@link MeetingCell} where a day has that meeting.
 * The day headers and the times stay in view while the grid scrolls: they live in the same grid as the cells, so
 * they line up with them whatever their sizes, and are shifted by the scroll offset and drawn on top.
 *
 * <p>Updates are incremental: cells and chips are kept by their ids and reused; a chip whose line has not changed
 * is not touched, and the grid's children are replaced only when days, times or meetings change. Moving one entry
 * in a ten-day session therefore changes two cells, not the whole grid.
 */
final class ScheduleGrid extends ScrollPane {
    /** What the view adds to each new cell, chip and header: drag and drop, keys, menus. */
    record Decorators(Consumer<MeetingCell> cell, Consumer<EntryChip> chip, Consumer<DayHeader> dayHeader) {
    }

    /** A day's header: "Monday, 2 July". */
    static final class DayHeader extends Label {
        private int dayIndex;

        DayHeader() {
            getStyleClass().add("day-header");
            setMaxWidth(Double.MAX_VALUE);
            setFocusTraversable(false);
        }

        int dayIndex() {
            return dayIndex;
        }
    }

    private final GridPane grid = new GridPane();
    private final Decorators decorators;
    private final Map<SlotId, MeetingCell> cells = new HashMap<>();
    private final Map<EntryId, EntryChip> chips = new HashMap<>();
    private final List<Label> rowHeaders = new ArrayList<>();
    /** The grey places of days without a meeting at a time, kept for the next rebuild as the headers are. */
    private final List<Region> noMeetings = new ArrayList<>();
    private final List<DayHeader> dayHeaders = new ArrayList<>();
    private final Region corner = new Region();
    private ScheduleLayout layout;
    private ItemId currentItem;

    ScheduleGrid(Decorators decorators) {
        this.decorators = decorators;
        getStyleClass().add("schedule-grid");
        grid.getStyleClass().add("schedule-table");
        corner.getStyleClass().add("corner-header");
        setContent(grid);
        // the day columns grow to share the width; below their minimum the grid scrolls
        setFitToWidth(true);
        setFitToHeight(false);
        vvalueProperty().addListener((obs, was, now) -> pinHeaders());
        hvalueProperty().addListener((obs, was, now) -> pinHeaders());
        viewportBoundsProperty().addListener((obs, was, now) -> pinHeaders());
        grid.layoutBoundsProperty().addListener((obs, was, now) -> pinHeaders());
    }

    ScheduleLayout scheduleLayout() {
        return layout;
    }

    MeetingCell cell(SlotId id) {
        return cells.get(id);
    }

    EntryChip chip(EntryId id) {
        return chips.get(id);
    }

    List<MeetingCell> cells() {
        return List.copyOf(cells.values());
    }

    List<DayHeader> dayHeaders() {
        return List.copyOf(dayHeaders);
    }

    /** Brings the grid up to date with the meeting. */
    void show(Meeting meeting) {
        DocumentLanguage language = VersionLanguage.document(meeting);
        ScheduleLayout next = ScheduleLayout.of(meeting.organization(), language);
        Map<ItemId, Agenda.NumberedItem> numbered = meeting.agenda().numbered().stream()
                .collect(Collectors.toMap(n -> n.item().id(), n -> n));
        Set<EntryId> continued = meeting.organization().continuations();
        Set<EntryId> present = new HashSet<>();
        Set<SlotId> slots = new HashSet<>();
        for (MeetingSlot slot : meeting.organization().allSlots()) {
            slots.add(slot.id());
            List<EntryChip> slotChips = new ArrayList<>(slot.entries().size());
            for (ScheduleEntry entry : slot.entries()) {
                present.add(entry.id());
                EntryChip chip = chips.computeIfAbsent(entry.id(), id -> {
                    EntryChip created = new EntryChip(id);
                    decorators.chip().accept(created);
                    return created;
                });
                chip.show(EntryLine.of(entry, numbered, continued, language));
                chip.markCurrentItem(isCurrent(entry));
                slotChips.add(chip);
            }
            MeetingCell cell = cells.computeIfAbsent(slot.id(), id -> {
                MeetingCell created = new MeetingCell(id);
                decorators.cell().accept(created);
                return created;
            });
            cell.show(slot, slotChips);
        }
        chips.keySet().retainAll(present);
        cells.keySet().retainAll(slots);
        if (!next.columns().equals(layout == null ? null : layout.columns()) || !sameCells(next)) {
            rebuild(next);
        }
        layout = next;
        // accessible names carry the day as well as the time
        for (var placed : next.meetings().entrySet()) {
            String name = next.columns().get(placed.getKey().dayIndex()).header() + ", " + placed.getKey().row().times();
            MeetingCell cell = cells.get(placed.getValue().id());
            if (!name.equals(cell.getAccessibleText())) {
                cell.setAccessibleText(name);
            }
        }
    }

    /** Highlights the chips of the item selected in the agenda. */
    void showCurrentItem(ItemId item) {
        currentItem = item;
        for (EntryChip chip : chips.values()) {
            chip.markCurrentItem(false);
        }
        if (item == null || layout == null) {
            return;
        }
        for (MeetingCell cell : cells.values()) {
            for (int i = 0; i < cell.chips().size(); i++) {
                ScheduleEntry entry = cell.slot().entries().get(i);
                cell.chips().get(i).markCurrentItem(isCurrent(entry));
            }
        }
    }

    private boolean isCurrent(ScheduleEntry entry) {
        return currentItem != null && entry instanceof ItemEntry item && item.item().equals(currentItem);
    }

    private boolean sameCells(ScheduleLayout next) {
        if (layout == null || !layout.rows().equals(next.rows())) {
            return false;
        }
        for (var placed : next.meetings().entrySet()) {
            MeetingSlot before = layout.meetings().get(placed.getKey());
            if (before == null || !before.id().equals(placed.getValue().id())) {
                return false;
            }
        }
        return layout.meetings().size() == next.meetings().size();
    }

    /**
     * Lays the grid out anew for other days, times or meetings. The nodes that stay (cells, headers, grey places)
     * stay in the grid and only change places: a node taken out and put back has its CSS worked out again, which for
     * a session's hundreds of chips was most of the time of adding or removing a day.
     */
    private void rebuild(ScheduleLayout next) {
        List<Node> children = new ArrayList<>();
        int grey = 0;
        for (int r = 0; r < next.rows().size(); r++) {
            for (int c = 0; c < next.columns().size(); c++) {
                var slot = next.meeting(c, next.rows().get(r));
                Node node;
                if (slot.isPresent()) {
                    node = cells.get(slot.get().id());
                } else {
                    if (grey == noMeetings.size()) {
                        Region none = new Region();
                        none.getStyleClass().add("no-meeting");
                        noMeetings.add(none);
                    }
                    node = noMeetings.get(grey++);
                }
                GridPane.setConstraints(node, c + 1, r + 1);
                children.add(node);
            }
        }
        noMeetings.subList(grey, noMeetings.size()).clear();
        // headers last, so that they are drawn over the cells scrolling beneath them
        while (rowHeaders.size() < next.rows().size()) {
            Label header = new Label();
            header.getStyleClass().add("time-header");
            header.setMaxHeight(Double.MAX_VALUE);
            header.setMaxWidth(Double.MAX_VALUE);
            rowHeaders.add(header);
        }
        rowHeaders.subList(next.rows().size(), rowHeaders.size()).clear();
        for (int r = 0; r < next.rows().size(); r++) {
            Label header = rowHeaders.get(r);
            header.setText(next.rows().get(r).header());
            GridPane.setConstraints(header, 0, r + 1);
        }
        while (dayHeaders.size() < next.columns().size()) {
            DayHeader header = new DayHeader();
            decorators.dayHeader().accept(header);
            dayHeaders.add(header);
        }
        dayHeaders.subList(next.columns().size(), dayHeaders.size()).clear();
        for (int c = 0; c < next.columns().size(); c++) {
            DayHeader header = dayHeaders.get(c);
            header.dayIndex = c;
            header.setText(next.columns().get(c).header());
            header.setId("day-" + c);
            GridPane.setConstraints(header, c + 1, 0);
        }
        GridPane.setConstraints(corner, 0, 0);
        List<ColumnConstraints> columns = new ArrayList<>();
        columns.add(new ColumnConstraints());
        for (int c = 0; c < next.columns().size(); c++) {
            ColumnConstraints day = new ColumnConstraints();
            day.setHgrow(Priority.ALWAYS);
            day.setFillWidth(true);
            columns.add(day);
        }
        grid.getColumnConstraints().setAll(columns);
        children.addAll(rowHeaders);
        children.addAll(dayHeaders);
        children.add(corner);
        Children.sync(grid.getChildren(), children);
        pinHeaders();
    }

    /** Shifts the headers by the scroll offset so that they stay at the top and left of the view. */
    private void pinHeaders() {
        Bounds viewport = getViewportBounds();
        Bounds content = grid.getLayoutBounds();
        double x = Math.max(0, content.getWidth() - viewport.getWidth()) * getHvalue();
        double y = Math.max(0, content.getHeight() - viewport.getHeight()) * getVvalue();
        dayHeaders.forEach(h -> h.setTranslateY(y));
        rowHeaders.forEach(h -> h.setTranslateX(x));
        corner.setTranslateX(x);
        corner.setTranslateY(y);
    }
}
