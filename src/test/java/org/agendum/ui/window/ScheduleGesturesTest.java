package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_1A;
import static org.agendum.testing.Fixtures.ITEM_1B;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_3;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.agendum.testing.Fixtures.ITEM_5;
import static org.agendum.testing.Fixtures.MON_AM;
import static org.agendum.testing.Fixtures.MON_PM;
import static org.agendum.testing.Fixtures.TUE_AM;
import static org.agendum.testing.Fixtures.TUE_PM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.DeleteItem;
import org.agendum.gesture.SlotTimes;
import org.agendum.model.EntryId;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.MeetingSlot;
import org.agendum.model.NoteEntry;
import org.agendum.model.OrganizationOfWork;
import org.agendum.model.SlotId;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.schedule.ScriptedSchedulePrompts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The organization of work in the real window, by mouse and keyboard: drags from the agenda into meetings, chips
 * dragged between and within meetings and out again, keys on chips, days and meetings added and removed; each
 * undone and redone with the Edit shortcuts.
 */
@ExtendWith(ApplicationExtension.class)
class ScheduleGesturesTest {
    private static final String OTHER_MATTERS = "4. Other matters";
    private static final String REPORT = "5. Adoption of the report";

    private final Meeting sample = TestMeetings.sample();
    private final ScriptedSchedulePrompts answers = new ScriptedSchedulePrompts();
    private CommandStack stack;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(sample);
        MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).sample(true).schedulePrompts(answers));
    }

    @BeforeEach
    void showTheGrid(FxRobot robot) {
        robot.clickOn("#scheduleTab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- reading the grid ------------------------------------------------------------------------------------

    private OrganizationOfWork work() {
        return stack.meeting().organization();
    }

    private List<ItemId> items(SlotId slot) {
        return work().slot(slot).orElseThrow().entries().stream()
                .filter(ItemEntry.class::isInstance).map(e -> ((ItemEntry) e).item()).toList();
    }

    private EntryId entry(SlotId slot, int index) {
        return work().slot(slot).orElseThrow().entries().get(index).id();
    }

    private static String chip(EntryId id) {
        return "#entry-" + id.value();
    }

    private static String cell(SlotId id) {
        return "#meeting-" + id.value();
    }

    /** What the chips of a meeting say, in order. */
    private List<String> chipTexts(FxRobot robot, SlotId slot) {
        return work().slot(slot).orElseThrow().entries().stream()
                .map(e -> robot.lookup(chip(e.id())).query().getAccessibleText()).toList();
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private PointQuery treeLine(FxRobot robot, String line) {
        return robot.point(new WindowLookups(robot).cell(line)).atPosition(Pos.CENTER_LEFT).atOffset(new Point2D(60, 0));
    }

    /** A point a few pixels inside the top edge of a node. */
    private PointQuery topOf(FxRobot robot, String query) {
        return robot.point(query).atPosition(Pos.TOP_CENTER).atOffset(new Point2D(0, 4));
    }

    private PointQuery bottomOf(FxRobot robot, String query) {
        return robot.point(query).atPosition(Pos.BOTTOM_CENTER).atOffset(new Point2D(0, -4));
    }

    private void undo(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void redo(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- the grid --------------------------------------------------------------------------------------------

    @Test
    void theGridShowsDaysTimesAndChipsAsTheAnnexDoes(FxRobot robot) {
        assertThat(robot.lookup(".day-header").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Monday, 2 July", "Tuesday, 3 July");
        assertThat(robot.lookup(".time-header").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("10 a.m.\u20131 p.m.", "3\u20136 p.m.");
        assertThat(chipTexts(robot, MON_AM)).containsExactly("1 (a) Opening of the meeting",
                "1 (b) Adoption of the agenda and organization of work", "2 International cooperation in cases of "
                        + "trafficking in persons: considering the needs and rights of victims");
        assertThat(chipTexts(robot, MON_PM).get(0)).endsWith("victims (continued)");
        assertThat(has(robot.lookup(chip(entry(MON_PM, 0))).query(), "continued")).isTrue();
        assertThat(has(robot.lookup(chip(entry(MON_PM, 1))).query(), "continued")).isFalse();
    }

    @Test
    void theSamplesGridMatchesTheReferenceAnnexRowForRow(FxRobot robot) {
        List<String> reference = org.agendum.testing.Fixtures.referenceLines();
        int head = reference.indexOf("<i>Date and time</i>\t<i>Agenda item</i>\t<i>Title or description</i>");
        List<String> annex = reference.subList(head + 1, reference.size()).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        assertThat(gridAsAnnexLines(robot)).containsExactlyElementsOf(annex);
    }

    /**
     * The grid read as the annex prints it: each day (column) in turn, its meetings (rows) from the earliest, each
     * chip a line, the time on the meeting's first line, "(continued)" as the annex marks it up.
     */
    private List<String> gridAsAnnexLines(FxRobot robot) {
        List<String> lines = new java.util.ArrayList<>();
        java.util.Map<Integer, String> times = new java.util.HashMap<>();
        robot.lookup(".time-header").queryAllAs(Label.class).forEach(h -> times.put(
                javafx.scene.layout.GridPane.getRowIndex(h), h.getText()));
        List<Label> days = robot.lookup(".day-header").queryAllAs(Label.class).stream()
                .sorted(java.util.Comparator.comparing(javafx.scene.layout.GridPane::getColumnIndex)).toList();
        List<Node> cells = List.copyOf(robot.lookup(".meeting-cell").queryAll());
        for (Label day : days) {
            lines.add(day.getText());
            cells.stream().filter(c -> javafx.scene.layout.GridPane.getColumnIndex(c)
                            .equals(javafx.scene.layout.GridPane.getColumnIndex(day)))
                    .sorted(java.util.Comparator.comparing(javafx.scene.layout.GridPane::getRowIndex))
                    .forEach(cell -> {
                        String time = times.get(javafx.scene.layout.GridPane.getRowIndex(cell));
                        List<Node> chips = ((javafx.scene.Parent) cell).getChildrenUnmodifiable().stream()
                                .filter(n -> n.getStyleClass().contains("entry-chip")).toList();
                        for (int i = 0; i < chips.size(); i++) {
                            String text = chips.get(i).getAccessibleText();
                            String number = ((Label) ((javafx.scene.Parent) chips.get(i)).getChildrenUnmodifiable()
                                    .get(0)).getText();
                            String title = text.substring(number.length() + 1).replace(" (continued)",
                                    " (<i>continued</i>)");
                            lines.add(((i == 0 ? time : "") + "\t" + number + "\t" + title).strip());
                        }
                    });
        }
        return lines;
    }

    @Test
    void theDaysShareTheGridsWidthAndABigSessionScrollsAtTheirMinimum(FxRobot robot) {
        javafx.scene.control.ScrollPane grid = robot.lookup(".schedule-grid").queryAs(javafx.scene.control.ScrollPane.class);
        Label timeHeader = robot.lookup(".time-header").queryAs(Label.class);
        Label monday = robot.lookup("#day-0").queryAs(Label.class);
        Label tuesday = robot.lookup("#day-1").queryAs(Label.class);
        double viewport = grid.getViewportBounds().getWidth();
        assertThat(monday.getWidth()).as("two days share the width").isCloseTo(tuesday.getWidth(),
                org.assertj.core.data.Offset.offset(1.5));
        double margin = monday.getFont().getSize(); // the grid's 1em at its right edge
        assertThat(timeHeader.getWidth() + monday.getWidth() + tuesday.getWidth() + margin)
                .as("no width left unused").isCloseTo(viewport, org.assertj.core.data.Offset.offset(3.0));
        double minimum = 15 * monday.getFont().getSize();
        assertThat(monday.getWidth()).as("wider than the minimum, with room to spare").isGreaterThan(minimum + 20);

        robot.interact(() -> stack.reset(org.agendum.testing.LargeSessions.session(10, 4, 150, 42), true));
        WaitForAsyncUtils.waitForFxEvents();
        Label first = robot.lookup("#day-0").queryAs(Label.class);
        Label last = robot.lookup("#day-9").queryAs(Label.class);
        assertThat(first.getWidth()).as("ten days at their minimum").isCloseTo(last.getWidth(),
                org.assertj.core.data.Offset.offset(1.5)).isLessThan(minimum + 30);
        assertThat(grid.getContent().getLayoutBounds().getWidth()).as("and the grid scrolls")
                .isGreaterThan(grid.getViewportBounds().getWidth());
    }

    @Test
    void dayAndTimeHeadersStayInViewWhileABigGridScrolls(FxRobot robot) {
        robot.interact(() -> stack.reset(org.agendum.testing.LargeSessions.session(10, 4, 150, 42), true));
        javafx.scene.control.ScrollPane grid = robot.lookup(".schedule-grid").queryAs(javafx.scene.control.ScrollPane.class);
        Label lastDay = robot.lookup("#day-9").queryAs(Label.class);
        Label firstTime = robot.lookup(".time-header").queryAllAs(Label.class).stream()
                .min(java.util.Comparator.comparing(javafx.scene.layout.GridPane::getRowIndex)).orElseThrow();
        Node firstMeeting = robot.lookup(cell(new SlotId("m-0-0"))).query();
        double top = grid.localToScene(grid.getLayoutBounds()).getMinY();
        double left = grid.localToScene(grid.getLayoutBounds()).getMinX();
        robot.interact(() -> {
            grid.setVvalue(1);
            grid.setHvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the first meeting has scrolled up and to the left out of view; the headers have not
        assertThat(firstMeeting.localToScene(firstMeeting.getLayoutBounds()).getMaxY()).isLessThan(top + 1);
        assertThat(lastDay.localToScene(lastDay.getLayoutBounds()).getMinY()).isCloseTo(top, org.assertj.core.data.Offset.offset(2.0));
        assertThat(firstTime.localToScene(firstTime.getLayoutBounds()).getMinX()).isCloseTo(left, org.assertj.core.data.Offset.offset(2.0));
        assertThat(lastDay.isVisible()).isTrue();
    }

    // ---- from the agenda -------------------------------------------------------------------------------------

    @Test
    void anItemDraggedIntoAnEmptyMeetingIsTakenUpThere(FxRobot robot) {
        robot.clickOn("#addDayButton");
        SlotId wednesdayMorning = work().days().get(2).meetings().get(0).id();
        assertThat(robot.lookup(".day-header").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Wednesday, 4 July");
        robot.drag(treeLine(robot, REPORT), MouseButton.PRIMARY).moveTo(robot.point(cell(wednesdayMorning)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(has(robot.lookup(cell(wednesdayMorning)).query(), "drop-target")).isTrue();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(wednesdayMorning)).containsExactly(ITEM_5);
        // item 5 was already taken up on Tuesday: this is its continuation
        assertThat(chipTexts(robot, wednesdayMorning)).containsExactly("5 Adoption of the report (continued)");
        assertThat(stack.undoLabel()).contains("Schedule item 5");

        undo(robot);
        assertThat(items(wednesdayMorning)).isEmpty();
        redo(robot);
        assertThat(items(wednesdayMorning)).containsExactly(ITEM_5);
    }

    @Test
    void anItemDroppedOnTheUpperHalfOfAChipLandsBeforeIt(FxRobot robot) {
        String adoption = chip(entry(MON_AM, 1));
        robot.drag(treeLine(robot, OTHER_MATTERS), MouseButton.PRIMARY).moveTo(topOf(robot, adoption));
        WaitForAsyncUtils.waitForFxEvents();
        // the line is drawn in the gap above the chip it lands before
        Node line = robot.lookup(cell(MON_AM) + " .drop-line").query();
        Bounds chipBounds = robot.lookup(adoption).query().getBoundsInParent();
        assertThat(line.isVisible()).isTrue();
        assertThat(line.getBoundsInParent().getMaxY()).isLessThanOrEqualTo(chipBounds.getMinY() + 2);
        assertThat(line.getBoundsInParent().getMinY()).isGreaterThan(chipBounds.getMinY() - 12);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(MON_AM)).containsExactly(ITEM_1A, ITEM_4, ITEM_1B, ITEM_2);
        assertThat(robot.lookup(cell(MON_AM) + " .drop-line").query().isVisible()).isFalse();
        undo(robot);
        assertThat(stack.meeting()).isEqualTo(sample);
        redo(robot);
        assertThat(items(MON_AM)).containsExactly(ITEM_1A, ITEM_4, ITEM_1B, ITEM_2);
    }

    @Test
    void anItemWithSubItemsIsTakenUpAsItsSubItems(FxRobot robot) {
        robot.drag(treeLine(robot, "1. Organizational matters"), MouseButton.PRIMARY)
                .moveTo(bottomOf(robot, cell(TUE_PM))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(TUE_PM)).containsExactly(ITEM_4, ITEM_5, ITEM_1A, ITEM_1B);
        assertThat(chipTexts(robot, TUE_PM)).endsWith("1 (a) Opening of the meeting (continued)",
                "1 (b) Adoption of the agenda and organization of work (continued)");
    }

    @Test
    void continuedAppearsWhenAnEarlierMeetingTakesTheItemUpAndGoesWhenThatEntryGoes(FxRobot robot) {
        String laterEntry = chip(entry(TUE_PM, 0));
        assertThat(has(robot.lookup(laterEntry).query(), "continued")).isFalse();
        robot.drag(treeLine(robot, OTHER_MATTERS), MouseButton.PRIMARY).moveTo(bottomOf(robot, cell(MON_PM))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(laterEntry).query().getAccessibleText()).isEqualTo("4 Other matters (continued)");
        assertThat(has(robot.lookup(laterEntry).query(), "continued")).isTrue();

        EntryId added = entry(MON_PM, 2);
        robot.clickOn(chip(added)).push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(work().entry(added)).isEmpty();
        assertThat(robot.lookup(laterEntry).query().getAccessibleText()).isEqualTo("4 Other matters");
        assertThat(has(robot.lookup(laterEntry).query(), "continued")).isFalse();
        undo(robot);
        assertThat(has(robot.lookup(laterEntry).query(), "continued")).isTrue();
    }

    // ---- chips -----------------------------------------------------------------------------------------------

    @Test
    void aChipDraggedToAnotherDayMovesThere(FxRobot robot) {
        EntryId other = entry(TUE_PM, 0);
        robot.drag(chip(other), MouseButton.PRIMARY).moveTo(bottomOf(robot, cell(MON_AM)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(has(robot.lookup(chip(other)).query(), "dragged")).isTrue();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(MON_AM)).containsExactly(ITEM_1A, ITEM_1B, ITEM_2, ITEM_4);
        assertThat(items(TUE_PM)).containsExactly(ITEM_5);
        assertThat(has(robot.lookup(chip(other)).query(), "dragged")).isFalse();
        undo(robot);
        assertThat(stack.meeting()).isEqualTo(sample);
        redo(robot);
        assertThat(items(MON_AM)).endsWith(ITEM_4);
    }

    @Test
    void aChipDraggedWithinItsMeetingReordersIt(FxRobot robot) {
        robot.drag(chip(entry(MON_AM, 2)), MouseButton.PRIMARY).moveTo(topOf(robot, chip(entry(MON_AM, 0)))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(MON_AM)).containsExactly(ITEM_2, ITEM_1A, ITEM_1B);
        assertThat(stack.undoLabel()).contains("Move entry");
        undo(robot);
        assertThat(items(MON_AM)).containsExactly(ITEM_1A, ITEM_1B, ITEM_2);
    }

    @Test
    void aChipDraggedBackToTheAgendaLeavesTheOrganizationOfWork(FxRobot robot) {
        EntryId report = entry(TUE_PM, 1);
        robot.drag(chip(report), MouseButton.PRIMARY).moveTo(treeLine(robot, "2. International cooperation in cases of "
                + "trafficking in persons: considering the needs and rights of victims")).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(work().entry(report)).isEmpty();
        assertThat(robot.lookup(chip(report)).tryQuery()).isEmpty();
        // the agenda itself is untouched, and item 5 is now reported as not taken up
        assertThat(stack.meeting().agenda()).isEqualTo(sample.agenda());
        assertThat(new WindowLookups(robot).treeLines()).hasSize(7);
        undo(robot);
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void aChipDroppedOnTheGridOutsideAnyMeetingIsRemoved(FxRobot robot) {
        EntryId report = entry(TUE_PM, 1);
        // the grid outside any meeting: its column of times
        Node times = robot.lookup(".time-header").queryAll().stream()
                .max(java.util.Comparator.comparing(javafx.scene.layout.GridPane::getRowIndex)).orElseThrow();
        robot.drag(chip(report), MouseButton.PRIMARY).moveTo(times).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(work().entry(report)).isEmpty();
        undo(robot);
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void altArrowsMoveTheFocusedChipAndItKeepsTheFocus(FxRobot robot) {
        EntryId opening = entry(MON_AM, 0);
        robot.clickOn(chip(opening));
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(MON_AM)).containsExactly(ITEM_1B, ITEM_1A, ITEM_2);
        assertThat(robot.lookup(chip(opening)).query().isFocused()).isTrue();
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(TUE_AM)).containsExactly(ITEM_3, ITEM_1A);
        assertThat(robot.lookup(chip(opening)).query().isFocused()).isTrue();
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(TUE_AM)).containsExactly(ITEM_1A, ITEM_3);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(MON_AM)).containsExactly(ITEM_1A, ITEM_1B, ITEM_2);
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(stack.undoLabel()).contains("Move entry");
    }

    @Test
    void deleteRemovesTheChipAndTheFocusStaysInTheMeeting(FxRobot robot) {
        EntryId adoption = entry(MON_AM, 1);
        EntryId cooperation = entry(MON_AM, 2);
        robot.clickOn(chip(adoption)).push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(items(MON_AM)).containsExactly(ITEM_1A, ITEM_2);
        assertThat(robot.lookup(chip(cooperation)).query().isFocused()).isTrue();
        undo(robot);
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void clickingAChipSelectsItsItemInTheAgendaAndHighlightsItsEntries(FxRobot robot) {
        robot.clickOn(chip(entry(MON_PM, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new WindowLookups(robot).selectedLine()).startsWith("2. International cooperation");
        assertThat(has(robot.lookup(chip(entry(MON_AM, 2))).query(), "current-item")).isTrue();
        assertThat(has(robot.lookup(chip(entry(MON_AM, 0))).query(), "current-item")).isFalse();
        // the organization of work stays in front
        assertThat(robot.lookup("#scheduleView").query().isVisible()).isTrue();
    }

    // ---- keyboard: Schedule in… ------------------------------------------------------------------------------

    @Test
    void scheduleInTakesTheSelectedItemUpInTheChosenMeeting(FxRobot robot) {
        robot.clickOn(new WindowLookups(robot).cell(OTHER_MATTERS));
        answers.answer(MON_AM);
        robot.push(KeyCode.SHORTCUT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers.questions).containsExactly("Take up 4 Other matters");
        assertThat(items(MON_AM)).containsExactly(ITEM_1A, ITEM_1B, ITEM_2, ITEM_4);
        assertThat(robot.lookup(chip(entry(MON_AM, 3))).query().isFocused()).isTrue();
        // cancelled: nothing happens
        robot.clickOn(new WindowLookups(robot).cell(REPORT));
        robot.push(KeyCode.SHORTCUT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers.questions).hasSize(2);
        assertThat(stack.undoLabel()).contains("Schedule item 4");
    }

    // ---- notes -----------------------------------------------------------------------------------------------

    @Test
    void notesAreAddedToTheCurrentMeetingAndEditedWithEnter(FxRobot robot) {
        robot.clickOn(chip(entry(TUE_PM, 1)));
        answers.answer("Closing of the session");
        robot.clickOn("#addNoteButton");
        WaitForAsyncUtils.waitForFxEvents();
        EntryId note = entry(TUE_PM, 2);
        assertThat(work().entry(note)).get().isInstanceOf(NoteEntry.class);
        assertThat(robot.lookup(chip(note)).query().getAccessibleText()).isEqualTo("Closing of the session");
        assertThat(has(robot.lookup(chip(note)).query(), "note")).isTrue();

        answers.answer("Closing of the meeting");
        robot.clickOn(chip(note)).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((NoteEntry) work().entry(note).orElseThrow()).text()).isEqualTo("Closing of the meeting");
        assertThat(answers.questions).last().isEqualTo("Edit note Closing of the session");
        // a note is dragged like any chip
        robot.drag(chip(note), MouseButton.PRIMARY).moveTo(topOf(robot, chip(entry(MON_AM, 0)))).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entry(MON_AM, 0)).isEqualTo(note);
    }

    // ---- days and meetings -----------------------------------------------------------------------------------

    @Test
    void daysAreAddedAndRemovedFromTheToolbarAndTheDayMenu(FxRobot robot) {
        robot.clickOn("#addDayButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(work().days()).hasSize(3);
        assertThat(work().days().get(2).date()).isEqualTo(LocalDate.of(2018, 7, 4));
        robot.rightClickOn("#day-2").clickOn("Remove day");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(work().days()).hasSize(2);
        assertThat(robot.lookup(".day-header").queryAllAs(Label.class)).hasSize(2);
        answers.answer(LocalDate.of(2018, 7, 5));
        robot.rightClickOn("#day-1").clickOn("Change date\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#day-1").queryAs(Label.class).getText()).isEqualTo("Thursday, 5 July");
        undo(robot);
        undo(robot);
        undo(robot);
        assertThat(stack.meeting()).isEqualTo(sample);
    }

    @Test
    void aDaysProgrammeMovesToAnotherDayAndTheDatesStay(FxRobot robot) {
        robot.rightClickOn("#day-1").clickOn("Move programme to the day before");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#day-0").queryAs(Label.class).getText()).isEqualTo("Monday, 2 July");
        assertThat(work().days().get(0).meetings()).extracting(MeetingSlot::id).containsExactly(TUE_AM, TUE_PM);
        assertThat(stack.undoLabel()).contains("Move day");
    }

    @Test
    void meetingsAreAddedEditedAndRemoved(FxRobot robot) {
        robot.clickOn(chip(entry(MON_AM, 0)));
        answers.answer(new SlotTimes(LocalTime.of(18, 0), LocalTime.of(20, 0), "Informal consultations"));
        robot.clickOn("#addMeetingButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers.questions).last().asString().startsWith("Add meeting to Monday, 2 July");
        MeetingSlot evening = work().days().get(0).meetings().get(2);
        assertThat(evening.label()).isEqualTo("Informal consultations");
        assertThat(robot.lookup(".time-header").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("10 a.m.\u20131 p.m.", "3\u20136 p.m.", "6\u20138 p.m.");

        answers.answer(new SlotTimes(LocalTime.of(18, 0), LocalTime.of(21, 0), "Consultations on the report"));
        robot.rightClickOn(cell(evening.id())).clickOn("Edit meeting\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(work().slot(evening.id()).orElseThrow().label()).isEqualTo("Consultations on the report");
        assertThat(robot.lookup(cell(evening.id()) + " .meeting-label").queryAs(Label.class).getText())
                .isEqualTo("Consultations on the report");

        robot.rightClickOn(cell(evening.id())).clickOn("Remove meeting");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(work().slot(evening.id())).isEmpty();
        assertThat(robot.lookup(".time-header").queryAll()).hasSize(2);
        undo(robot);
        assertThat(work().slot(evening.id())).isPresent();
    }

    @Test
    void anEmptyOrganizationIsSetUpFromTheSessionsDatesWithOneClick(FxRobot robot) {
        robot.interact(() -> stack.reset(sample.withOrganization(OrganizationOfWork.EMPTY), true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#setUpDaysButton").queryButton().getText()).contains("2 and 3 July 2018");
        robot.clickOn("#setUpDaysButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".day-header").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Monday, 2 July", "Tuesday, 3 July");
        assertThat(work().allSlots()).hasSize(4);
    }

    // ---- the agenda and the organization of work -------------------------------------------------------------

    @Test
    void deletingAnItemTakesItsEntriesOutInTheSameStep(FxRobot robot) {
        robot.clickOn(new WindowLookups(robot).cell(OTHER_MATTERS)).push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(work().scheduledItems()).doesNotContain(ITEM_4);
        assertThat(items(TUE_PM)).containsExactly(ITEM_5);
        undo(robot);
        assertThat(stack.meeting()).isEqualTo(sample);
        assertThat(chipTexts(robot, TUE_PM)).containsExactly("4 Other matters", "5 Adoption of the report");
    }

    @Test
    void anEntryLeftPointingAtADeletedItemIsShownAndFoundFromTheProblems(FxRobot robot) {
        EntryId dangling = entry(TUE_PM, 0);
        robot.interact(() -> stack.execute(new DeleteItem(ITEM_4, false)));
        WaitForAsyncUtils.waitForFxEvents();
        Node chip = robot.lookup(chip(dangling)).query();
        assertThat(has(chip, "missing")).isTrue();
        assertThat(chip.getAccessibleText()).isEqualTo("Deleted agenda item");
        robot.clickOn("#problemSummary");
        robot.clickOn(robot.lookup(".problem-cell").match(n -> ((javafx.scene.control.ListCell<?>) n).getText() != null
                && ((javafx.scene.control.ListCell<?>) n).getText().contains("deleted")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(chip(dangling)).query().isFocused()).isTrue();
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(work().entry(dangling)).isEmpty();
        assertThat(items(TUE_PM)).containsExactly(ITEM_5);
        assertThat(items(MON_PM)).containsExactly(ITEM_2, ITEM_3);
    }
}
