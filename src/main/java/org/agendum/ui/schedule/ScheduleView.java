package org.agendum.ui.schedule;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.agendum.gesture.NoteTyping;
import org.agendum.gesture.ScheduleCommands;
import org.agendum.gesture.SlotTimes;
import org.agendum.model.Day;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.ScheduleEntry;
import org.agendum.model.SlotId;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.UnDates;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.VersionLanguage;
import org.agendum.validation.Target;
import org.agendum.ui.common.Icons;
import org.agendum.ui.common.KeyHelp;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The organization of work: a toolbar, the grid of days and meetings, and the gestures on it. Chips are dragged
 * ({@link ScheduleDragAndDrop}) or moved with Alt+arrows, removed with Delete; a note opens with Enter; the
 * context menus of chips, meetings and day headers hold every command. Each gesture is one command of
 * {@link ScheduleCommands}; the grid follows the view model.
 */
public final class ScheduleView extends BorderPane {
    /**
     * The grid's keys and gestures, for Help ▸ Keyboard shortcuts: they act on the focused entry or meeting, so they
     * are not menu commands.
     */
    public static final List<KeyHelp> KEYS = List.of(
            new KeyHelp("Take an item up in a meeting", "Drag it from the agenda into the meeting, or Ctrl+D"),
            new KeyHelp("Move an entry earlier or later", "Alt+Up or Alt+Down"),
            new KeyHelp("Move an entry to the day before or after", "Alt+Left or Alt+Right"),
            new KeyHelp("Take an entry out of its meeting", "Delete, or drag it onto the agenda"),
            new KeyHelp("Edit a note, or show an entry's item", "Enter or double-click"),
            new KeyHelp("Add a note to the focused meeting", "Enter on the meeting"),
            new KeyHelp("Go from entry to entry", "Up or Down"));

    static final String STYLESHEET = "schedule.css";

    private final MeetingViewModel viewModel;
    private final SchedulePrompts prompts;
    private final ScheduleCommands commands;
    private final ScheduleDragAndDrop dragAndDrop;
    private final ScheduleGrid grid;
    private final VBox emptyState = new VBox();
    private final Label emptyMessage = new Label();
    private final Button setUpDays = new Button();
    private SlotId currentSlot;
    private ContextMenu openMenu;
    private int currentDay = -1;
    private final Consumer<String> showMessage;
    /** Whether the grid is on screen; while it is not, changes only mark it stale (a big grid costs to keep up). */
    private boolean active;
    private boolean stale = true;
    private final javafx.beans.value.ChangeListener<Meeting> meetingListener = (obs, was, now) -> {
        if (active) {
            refresh();
        } else {
            stale = true;
        }
    };
    private final javafx.beans.value.ChangeListener<ItemId> selectionListener;

    public ScheduleView(MeetingViewModel viewModel, SchedulePrompts prompts, Consumer<String> showMessage) {
        this.viewModel = viewModel;
        this.prompts = prompts;
        this.showMessage = showMessage;
        commands = new ScheduleCommands(viewModel.commandStack(), showMessage);
        dragAndDrop = new ScheduleDragAndDrop(commands, new ScheduleDragAndDrop.Hints() {
            @Override
            public void show(String hint) {
                showMessage.accept(hint);
            }

            @Override
            public void clear() {
            }
        });
        grid = new ScheduleGrid(new ScheduleGrid.Decorators(this::decorate, this::decorate, this::decorate));
        dragAndDrop.removeOn(grid);
        getStyleClass().add("schedule-view");
        setId("scheduleView");
        getStylesheets().add(java.util.Objects.requireNonNull(
                ScheduleView.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        setTop(toolbar());
        buildEmptyState();
        selectionListener = (obs, was, now) -> {
            if (active) {
                grid.showCurrentItem(now);
            }
        };
        viewModel.meetingProperty().addListener(meetingListener);
        viewModel.selectedItemProperty().addListener(selectionListener);
    }

    /**
     * The grid comes on screen (true) or leaves it. It is built the first time it shows, and brought up to date
     * when it shows again after changes.
     */
    public void setActive(boolean onScreen) {
        active = onScreen;
        if (onScreen && stale) {
            refresh();
        }
        if (onScreen) {
            grid.showCurrentItem(viewModel.selectedItem());
        }
    }

    public ScheduleCommands commands() {
        return commands;
    }

    /** Lets a chip be dragged onto {@code node} (the agenda) to take it out of the organization of work. */
    public void acceptRemovalOn(Node node) {
        dragAndDrop.removeOn(node);
    }

    /** "Schedule in…": asks in which meeting to take up the item, and adds it at the end of that meeting. */
    public void scheduleIn(ItemId item) {
        if (item == null) {
            return;
        }
        Meeting meeting = viewModel.meeting();
        String reference = meeting.agenda().numbered(item).map(n -> n.reference()).orElse("");
        String line = meeting.agenda().find(item).map(i -> reference + " " + i.title().strip()).orElse("");
        prompts.chooseMeeting(window(), line, item, meeting.organization()).ifPresent(slot -> {
            int end = meeting.organization().slot(slot).map(s -> s.entries().size()).orElse(0);
            List<EntryId> added = commands.schedule(item, slot, end);
            if (!added.isEmpty()) {
                showMessage.accept("Item " + reference + " is taken up on "
                        + meetingName(slot) + ".");
                if (active) {
                    focusEntry(added.get(0));
                }
            }
        });
    }

    /** A problem clicked in the problems panel: brings its meeting or entry into view with the focus on it. */
    public void show(Target target) {
        OrganizationOfWork work = viewModel.meeting().organization();
        if (target instanceof Target.Entry entry) {
            focusEntry(entry.id());
        } else if (target instanceof Target.Slot slot) {
            focusCell(slot.id());
        } else if (target instanceof Target.Day day && day.dayIndex() < work.days().size()) {
            work.days().get(day.dayIndex()).meetings().stream().findFirst().ifPresent(s -> focusCell(s.id()));
        }
    }

    public void dispose() {
        viewModel.meetingProperty().removeListener(meetingListener);
        viewModel.selectedItemProperty().removeListener(selectionListener);
    }

    ScheduleGrid grid() {
        return grid;
    }

    private void refresh() {
        stale = false;
        Meeting meeting = viewModel.meeting();
        grid.show(meeting);
        if (meeting.organization().days().isEmpty()) {
            var details = meeting.details().meetingInfo();
            emptyMessage.setText("The organization of work has no days yet. Set them up from the session\u2019s dates, "
                    + "or add days one by one.");
            setUpDays.setText("Set up " + UnDates.range(details.startDate(), details.endDate()) + ", two meetings a day");
            setUpDays.setDisable(details.endDate().isBefore(details.startDate()));
            setCenter(emptyState);
        } else {
            setCenter(grid);
        }
    }

    // ---- toolbar and empty state -------------------------------------------------------------------------

    private ToolBar toolbar() {
        Button addDay = Icons.tool(new Button("Day"), Material2OutlinedAL.ADD, "Add a day after the current one", null);
        addDay.setId("addDayButton");
        addDay.setOnAction(e -> commands.addDay(currentDay >= 0 ? currentDay : lastDay()));
        Button addMeeting = Icons.tool(new Button("Meeting"), Material2OutlinedAL.ADD,
                "Add a meeting to the current day", null);
        addMeeting.setId("addMeetingButton");
        addMeeting.setOnAction(e -> addMeeting(currentDay >= 0 ? currentDay : 0));
        Button addNote = Icons.tool(new Button("Note"), Material2OutlinedMZ.NOTE_ADD,
                "Add a note (\u201cInformal consultations\u201d) to the current meeting", null);
        addNote.setId("addNoteButton");
        addNote.setOnAction(e -> currentOrFirstSlot().ifPresent(slot -> addNote(slot, endOf(slot))));
        Label hint = new Label("Drag items from the agenda into a meeting. Alt+arrows move an entry, Delete removes it.");
        hint.getStyleClass().add("schedule-hint");
        hint.setMaxWidth(Double.MAX_VALUE);
        setBottom(hint);
        ToolBar bar = new ToolBar(addDay, addMeeting, addNote);
        bar.getStyleClass().add("schedule-toolbar");
        return bar;
    }

    private void buildEmptyState() {
        emptyState.getStyleClass().add("schedule-empty");
        emptyState.setAlignment(Pos.CENTER);
        emptyMessage.setWrapText(true);
        emptyMessage.setId("scheduleEmptyMessage");
        setUpDays.setId("setUpDaysButton");
        setUpDays.setOnAction(e -> commands.setUpDays());
        Button addDay = new Button("Add a day");
        addDay.setId("addFirstDayButton");
        addDay.setOnAction(e -> commands.addDay(-1));
        emptyState.getChildren().setAll(emptyMessage, setUpDays, addDay);
        emptyState.setSpacing(12);
        // drops on the empty state do nothing
        StackPane.setAlignment(emptyState, Pos.CENTER);
    }

    // ---- chips -----------------------------------------------------------------------------------------------

    private void decorate(EntryChip chip) {
        dragAndDrop.attach(chip);
        chip.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                slotOf(chip.entryId()).ifPresent(this::setCurrentSlot);
            }
        });
        chip.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            chip.requestFocus();
            if (event.getClickCount() == 2) {
                open(chip.entryId());
            } else {
                itemOf(chip.entryId()).ifPresent(viewModel::select);
            }
            event.consume();
        });
        chip.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (chipKey(chip.entryId(), event)) {
                event.consume();
            }
        });
        onMenuGesture(chip, (x, y) -> {
            chip.requestFocus();
            showMenu(chipMenu(chip.entryId()), chip, x, y);
        });
    }

    /** The keys of a chip; true when the key did something. */
    private boolean chipKey(EntryId id, KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isAltDown() && !event.isShortcutDown()) {
            ScheduleCommands.Direction direction = switch (code) {
                case UP -> ScheduleCommands.Direction.EARLIER;
                case DOWN -> ScheduleCommands.Direction.LATER;
                case LEFT -> ScheduleCommands.Direction.PREVIOUS_DAY;
                case RIGHT -> ScheduleCommands.Direction.NEXT_DAY;
                default -> null;
            };
            if (direction == null) {
                return false;
            }
            if (commands.move(id, direction)) {
                focusEntry(id);
            }
            return true;
        }
        if (event.isShortcutDown() || event.isAltDown()) {
            return false;
        }
        switch (code) {
            case DELETE, BACK_SPACE -> {
                removeEntry(id);
                return true;
            }
            case ENTER, F2 -> {
                open(id);
                return true;
            }
            case UP, DOWN -> {
                neighbour(id, code == KeyCode.UP ? -1 : 1).ifPresent(this::focusEntry);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Removes an entry and keeps the keyboard in the meeting: on the next chip, or the meeting itself. */
    private void removeEntry(EntryId id) {
        Optional<OrganizationOfWork.EntryLocation> at = viewModel.meeting().organization().locate(id);
        if (at.isEmpty() || !commands.remove(id)) {
            return;
        }
        MeetingSlot slot = viewModel.meeting().organization().slot(at.get().slot()).orElse(null);
        if (slot == null) {
            return;
        }
        if (slot.entries().isEmpty()) {
            focusCell(slot.id());
        } else {
            focusEntry(slot.entries().get(Math.min(at.get().index(), slot.entries().size() - 1)).id());
        }
    }

    /** Enter on a chip: a note opens for editing; an item is shown in the agenda and the item editor. */
    private void open(EntryId id) {
        Optional<ScheduleEntry> entry = viewModel.meeting().organization().entry(id);
        if (entry.isEmpty()) {
            return;
        }
        if (entry.get() instanceof NoteEntry note) {
            NoteTyping typing = NoteTyping.edit(commands, viewModel.commandStack(), id, note.text());
            typing.finish(prompts.noteText(window(), version(), "Edit note", note.text(), typing::typed))
                    .ifPresent(this::focusEntry);
        } else if (entry.get() instanceof ItemEntry item) {
            viewModel.select(item.item());
        }
    }

    private ContextMenu chipMenu(EntryId id) {
        ContextMenu menu = new ContextMenu();
        Optional<ScheduleEntry> entry = viewModel.meeting().organization().entry(id);
        if (entry.isPresent() && entry.get() instanceof NoteEntry) {
            menu.getItems().add(item("Edit note\u2026", "Enter", () -> open(id)));
        } else {
            menu.getItems().add(item("Show in agenda", "Enter", () -> open(id)));
        }
        menu.getItems().addAll(
                item("Move earlier", "Alt+Up", () -> moveAndFocus(id, ScheduleCommands.Direction.EARLIER)),
                item("Move later", "Alt+Down", () -> moveAndFocus(id, ScheduleCommands.Direction.LATER)),
                item("Move to previous day", "Alt+Left", () -> moveAndFocus(id, ScheduleCommands.Direction.PREVIOUS_DAY)),
                item("Move to next day", "Alt+Right", () -> moveAndFocus(id, ScheduleCommands.Direction.NEXT_DAY)),
                new SeparatorMenuItem(),
                item("Remove from this meeting", "Delete", () -> removeEntry(id)));
        return menu;
    }

    private void moveAndFocus(EntryId id, ScheduleCommands.Direction direction) {
        if (commands.move(id, direction)) {
            focusEntry(id);
        }
    }

    // ---- meetings --------------------------------------------------------------------------------------------

    private void decorate(MeetingCell cell) {
        dragAndDrop.attach(cell);
        cell.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                setCurrentSlot(cell.slotId());
            }
        });
        cell.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getTarget() == cell) {
                cell.requestFocus();
            }
        });
        cell.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getTarget() == cell && event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                addNote(cell.slotId(), endOf(cell.slotId()));
                event.consume();
            }
        });
        onMenuGesture(cell, (x, y) -> {
            cell.requestFocus();
            showMenu(meetingMenu(cell), cell, x, y);
        });
    }

    private ContextMenu meetingMenu(MeetingCell cell) {
        SlotId slot = cell.slotId();
        int day = dayOf(slot);
        return new ContextMenu(
                item("Add note\u2026", "Enter", () -> addNote(slot, endOf(slot))),
                new SeparatorMenuItem(),
                item("Edit meeting\u2026", null, () -> editMeeting(slot)),
                item("Add meeting to this day\u2026", null, () -> addMeeting(day)),
                item("Remove meeting", null, () -> commands.removeMeeting(slot)));
    }

    private void addNote(SlotId slot, int index) {
        NoteTyping typing = NoteTyping.add(commands, viewModel.commandStack(), slot, index);
        typing.finish(prompts.noteText(window(), version(), "Add note", "", typing::typed)).ifPresent(this::focusEntry);
    }

    private void editMeeting(SlotId slot) {
        viewModel.meeting().organization().slot(slot).ifPresent(s -> prompts.meetingTimes(window(), version(), "Edit meeting",
                new SlotTimes(s.start(), s.end(), s.label())).ifPresent(times -> commands.editMeeting(slot, times)));
    }

    private void addMeeting(int day) {
        if (day < 0 || day >= viewModel.meeting().organization().days().size()) {
            return;
        }
        prompts.meetingTimes(window(), version(), "Add meeting to " + dayName(day), commands.nextMeetingTimes(day))
                .flatMap(times -> commands.addMeeting(day, times)).ifPresent(this::focusCell);
    }

    // ---- days ------------------------------------------------------------------------------------------------

    private void decorate(ScheduleGrid.DayHeader header) {
        dragAndDrop.neutral(header);
        onMenuGesture(header, (x, y) -> {
            currentDay = header.dayIndex();
            showMenu(dayMenu(header.dayIndex()), header, x, y);
        });
        header.setOnMouseClicked(event -> currentDay = header.dayIndex());
    }

    private ContextMenu dayMenu(int day) {
        return new ContextMenu(
                item("Change date\u2026", null, () -> changeDate(day)),
                item("Add meeting\u2026", null, () -> addMeeting(day)),
                new SeparatorMenuItem(),
                item("Add day before", null, () -> commands.addDay(day - 1)),
                item("Add day after", null, () -> commands.addDay(day)),
                item("Move programme to the day before", null, () -> commands.moveDay(day, day - 1)),
                item("Move programme to the day after", null, () -> commands.moveDay(day, day + 1)),
                new SeparatorMenuItem(),
                item("Remove day", null, () -> commands.removeDay(day)));
    }

    private void changeDate(int day) {
        List<Day> days = viewModel.meeting().organization().days();
        if (day >= 0 && day < days.size()) {
            prompts.dayDate(window(), "Change the date of " + dayName(day), days.get(day).date())
                    .ifPresent(date -> commands.changeDate(day, date));
        }
    }

    // ---- focus and lookups -----------------------------------------------------------------------------------

    private void setCurrentSlot(SlotId slot) {
        currentSlot = slot;
        currentDay = dayOf(slot);
    }

    private Optional<SlotId> currentOrFirstSlot() {
        OrganizationOfWork work = viewModel.meeting().organization();
        if (currentSlot != null && work.slot(currentSlot).isPresent()) {
            return Optional.of(currentSlot);
        }
        return work.allSlots().stream().findFirst().map(MeetingSlot::id);
    }

    private int dayOf(SlotId slot) {
        return viewModel.meeting().organization().locate(slot).map(OrganizationOfWork.SlotLocation::dayIndex).orElse(-1);
    }

    private int lastDay() {
        return viewModel.meeting().organization().days().size() - 1;
    }

    private int endOf(SlotId slot) {
        return viewModel.meeting().organization().slot(slot).map(s -> s.entries().size()).orElse(0);
    }

    /**
     * "Monday, 2 July, 10 a.m.–1 p.m.": a meeting named in the status bar or a dialog's title, which are the
     * application's and stay English whatever the version's language (the grid shows the version's forms).
     */
    private String meetingName(SlotId slot) {
        OrganizationOfWork work = viewModel.meeting().organization();
        return work.locate(slot).map(at -> {
            MeetingSlot meeting = work.days().get(at.dayIndex()).meetings().get(at.slotIndex());
            return dayName(at.dayIndex()) + ", "
                    + DocumentLanguage.of(DocumentLanguage.ENGLISH).times().meeting(meeting.start(), meeting.end());
        }).orElse("");
    }

    private String dayName(int day) {
        return UnDates.weekdayAndDate(viewModel.meeting().organization().days().get(day).date());
    }

    private Optional<SlotId> slotOf(EntryId id) {
        return viewModel.meeting().organization().locate(id).map(OrganizationOfWork.EntryLocation::slot);
    }

    private Optional<ItemId> itemOf(EntryId id) {
        return viewModel.meeting().organization().entry(id)
                .filter(ItemEntry.class::isInstance).map(e -> ((ItemEntry) e).item());
    }

    /** The chip before or after this one in the order of the annex. */
    private Optional<EntryId> neighbour(EntryId id, int step) {
        List<ScheduleEntry> all = viewModel.meeting().organization().allEntries();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                int j = i + step;
                return j >= 0 && j < all.size() ? Optional.of(all.get(j).id()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    void focusEntry(EntryId id) {
        EntryChip chip = grid.chip(id);
        if (chip != null) {
            chip.requestFocus();
            Platform.runLater(() -> scrollIntoView(chip));
        }
    }

    private void focusCell(SlotId id) {
        MeetingCell cell = grid.cell(id);
        if (cell != null) {
            cell.requestFocus();
            Platform.runLater(() -> scrollIntoView(cell));
        }
    }

    private void scrollIntoView(Region node) {
        var content = grid.getContent().getLayoutBounds();
        var viewport = grid.getViewportBounds();
        var bounds = grid.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        if (bounds == null) {
            return;
        }
        double extraW = content.getWidth() - viewport.getWidth();
        double extraH = content.getHeight() - viewport.getHeight();
        double left = (grid.getHvalue() * Math.max(0, extraW));
        double top = (grid.getVvalue() * Math.max(0, extraH));
        if (extraW > 0 && (bounds.getMinX() < left || bounds.getMaxX() > left + viewport.getWidth())) {
            grid.setHvalue(Math.min(1, Math.max(0, (bounds.getMinX() - 120) / extraW)));
        }
        if (extraH > 0 && (bounds.getMinY() < top || bounds.getMaxY() > top + viewport.getHeight())) {
            grid.setVvalue(Math.min(1, Math.max(0, (bounds.getMinY() - 60) / extraH)));
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** The version's language, in which a note or a meeting's label is typed. */
    private Language version() {
        return VersionLanguage.of(viewModel.meeting());
    }

    /**
     * Opens a context menu on a secondary click as well as on the platform's context-menu request (the menu key,
     * Shift+F10): not every platform turns a right click into a request. One menu shows at a time.
     */
    private static void onMenuGesture(Node node, java.util.function.BiConsumer<Double, Double> open) {
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.SECONDARY) {
                open.accept(event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        node.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (event.isKeyboardTrigger()) {
                var corner = node.localToScreen(node.getBoundsInLocal());
                open.accept(corner.getMinX() + 8, corner.getMinY() + 8);
            }
            event.consume();
        });
    }

    private void showMenu(ContextMenu menu, Node owner, double x, double y) {
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = menu;
        menu.show(owner, x, y);
    }

    /** A menu item; the key that does the same, if any, follows the words in brackets. */
    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(keys == null ? text : text + "  (" + keys + ")");
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }
}
