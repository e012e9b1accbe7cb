package org.agendum.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.Fixtures;
import org.agendum.testing.TestMeetings;
import org.agendum.ui.common.MeetingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The annotation's place before its editor is built: a preview of the selected item's text, replaced by the editor
 * when it is asked for or when the selection or the meeting changes.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationPaneTest {
    private static final RichText TEXT = RichText.of(
            Paragraph.body(TextRun.plain("See "), new TextRun("A/80/1", TextStyle.link("https://undocs.org/A/80/1")),
                    FootnoteMark.of("A note.")),
            Paragraph.subparagraph(1, "First point"),
            Paragraph.subparagraph(1, "Second point"));

    private CommandStack stack;
    private MeetingViewModel viewModel;
    private AnnotationPane pane;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(TestMeetings.sample());
        stack.execute(new ReplaceAnnotation(Fixtures.ITEM_1B, TEXT));
        viewModel = new MeetingViewModel(stack);
        viewModel.select(Fixtures.ITEM_1B);
        pane = new AnnotationPane(viewModel);
        stage.setScene(new Scene(pane, 800, 500));
        stage.show();
    }

    private List<String> previewLines(FxRobot robot) {
        return robot.lookup(".annotation-preview-page").queryParent().getChildrenUnmodifiable().stream()
                .map(node -> node instanceof TextFlow flow ? text(flow)
                        : ((javafx.scene.control.Label) ((javafx.scene.Parent) node).getChildrenUnmodifiable().get(0))
                                .getText() + " " + text((TextFlow) ((javafx.scene.Parent) node).getChildrenUnmodifiable()
                                        .get(1)))
                .toList();
    }

    private static String text(TextFlow flow) {
        return flow.getChildren().stream().map(node -> ((Text) node).getText()).reduce("", String::concat);
    }

    @Test
    void showsThePreviewOfTheTextWithItsLabelsAndFootnoteCalls(FxRobot robot) {
        assertThat(robot.lookup("#annotationArea").tryQuery()).isEmpty();
        int first = stack.meeting().agenda().firstFootnoteNumber(Fixtures.ITEM_1B);
        assertThat(previewLines(robot)).containsExactly("See A/80/1" + first, "(a) First point", "(b) Second point");
        assertThat(robot.lookup(".annotation-preview-page .link").queryAll()).hasSize(2);
    }

    @Test
    void theEditorTakesThePreviewsPlaceWhenAskedFor(FxRobot robot) {
        robot.interact(() -> pane.editor());
        assertThat(robot.lookup(".annotation-preview").tryQuery()).isEmpty();
        AnnotationArea area = robot.lookup("#annotationArea").queryAs(AnnotationArea.class);
        assertThat(area.getParagraphs()).hasSize(3);
        assertThat(area.getText(0)).startsWith("See A/80/1");
        assertThat(area.getText(2)).isEqualTo("Second point");
    }

    @Test
    void aNewSelectionBuildsTheEditorShowingThatItem(FxRobot robot) {
        robot.interact(() -> viewModel.select(Fixtures.ITEM_2));
        assertThat(robot.lookup(".annotation-preview").tryQuery()).isEmpty();
        assertThat(robot.lookup("#annotationArea").queryAs(AnnotationArea.class).getText())
                .startsWith(stack.meeting().agenda().get(Fixtures.ITEM_2).annotation().paragraphs().get(0).plainText()
                        .substring(0, 20));
    }
}
