package org.agendum.ui.window;

import static org.agendum.testing.Fixtures.ITEM_1;
import static org.agendum.testing.Fixtures.ITEM_2;
import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.CompositeEdit;
import org.agendum.edit.Edit;
import org.agendum.edit.RemoveScheduleEntry;
import org.agendum.model.ItemEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.tree.AgendaRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The agenda tree marks an item no meeting takes up, and follows the organization of work as it changes. */
@ExtendWith(ApplicationExtension.class)
class UnscheduledMarkTest {
    private static final String OTHER_LINE = "4. Other matters";
    private static final PseudoClass UNSCHEDULED = PseudoClass.getPseudoClass("unscheduled");

    private final Meeting sample = TestMeetings.sample();
    private CommandStack stack;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(sample);
        window = MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).sample(true));
    }

    private static boolean marked(TreeCell<AgendaRow> cell) {
        return cell.getPseudoClassStates().contains(UNSCHEDULED);
    }

    /** The mark as drawn: in the cell's scene graph and visible. */
    private static Node mark(TreeCell<AgendaRow> cell) {
        Node mark = cell.lookup(".unscheduled-mark");
        return mark != null && mark.isVisible() && mark.getScene() != null ? mark : null;
    }

    private void removeEntriesOf(FxRobot robot, ItemId item) {
        List<Edit> removals = stack.meeting().organization().allEntries().stream()
                .filter(e -> e instanceof ItemEntry entry && entry.item().equals(item))
                .<Edit>map(e -> new RemoveScheduleEntry(e.id())).toList();
        assertThat(removals).isNotEmpty();
        robot.interact(() -> stack.execute(new CompositeEdit("Remove entries", removals)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSampleTakesUpEveryItemSoNothingIsMarked(FxRobot robot) {
        WindowLookups lookups = new WindowLookups(robot);
        assertThat(lookups.treeLines()).hasSize(7).allSatisfy(line -> {
            TreeCell<AgendaRow> cell = lookups.cell(line);
            assertThat(marked(cell)).as(line).isFalse();
            assertThat(mark(cell)).as(line).isNull();
        });
    }

    @Test
    void anItemWhoseEntriesAreRemovedIsMarkedAndUndoClearsTheMark(FxRobot robot) {
        WindowLookups lookups = new WindowLookups(robot);
        robot.interact(() -> window.viewModel().select(ITEM_2));
        TreeItem<AgendaRow> organizational = window.tree().treeItem(ITEM_1).orElseThrow();
        robot.interact(() -> organizational.setExpanded(false));
        TreeItem<AgendaRow> otherItem = window.tree().treeItem(ITEM_4).orElseThrow();

        removeEntriesOf(robot, ITEM_4);
        TreeCell<AgendaRow> cell = lookups.cell(OTHER_LINE);
        assertThat(marked(cell)).isTrue();
        Node mark = mark(cell);
        assertThat(mark).isNotNull();
        assertThat(((Label) mark).getTooltip().getText())
                .isEqualTo("Not taken up in any meeting of the organization of work");
        assertThat(cell.getAccessibleText())
                .isEqualTo("4. Other matters. Not taken up in any meeting of the organization of work.");
        assertThat(marked(lookups.cell("5. Adoption of the report"))).isFalse();
        // the tree was updated in place: same tree item, selection and collapsed group kept
        assertThat(window.tree().treeItem(ITEM_4)).containsSame(otherItem);
        assertThat(lookups.selectedLine()).startsWith("2. International cooperation");
        assertThat(organizational.isExpanded()).isFalse();

        robot.interact(stack::undo);
        WaitForAsyncUtils.waitForFxEvents();
        cell = lookups.cell(OTHER_LINE);
        assertThat(marked(cell)).isFalse();
        assertThat(mark(cell)).isNull();
        assertThat(cell.getAccessibleText()).isEqualTo(OTHER_LINE);
    }
}
