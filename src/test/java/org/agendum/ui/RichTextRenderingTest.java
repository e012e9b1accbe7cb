package org.agendum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.model.RichText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** How an annotation with every kind of formatting, subparagraphs, footnotes and documents looks on screen. */
@ExtendWith(ApplicationExtension.class)
class RichTextRenderingTest {
    private final List<String> openedLinks = new ArrayList<>();
    private CommandStack stack;

    @Start
    void start(Stage stage) {
        stack = new CommandStack(TestMeetings.styled());
        MainWindow.show(stage, stack, TestWindows.setup(TestWindows.tempFolder()).rightPane(RightPane.itemView()).openLink(openedLinks::add));
    }

    @Test
    void boldItalicAndUnderlineAreRendered(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        Text plain = window.text("#annotationView", "Plain ");
        Text bold = window.text("#annotationView", "bold");
        Text italic = window.text("#annotationView", "italic");
        assertThat(bold.getFont().getStyle().toLowerCase()).contains("bold");
        assertThat(plain.getFont().getStyle().toLowerCase()).doesNotContain("bold");
        assertThat(italic.getFont().getStyle().toLowerCase()).containsAnyOf("italic", "oblique");
        assertThat(window.text("#annotationView", "underlined").isUnderline()).isTrue();
        assertThat(plain.isUnderline()).isFalse();
    }

    @Test
    void theAnnotationIsSetInTheDocumentFont(FxRobot robot) {
        Text plain = new WindowLookups(robot).text("#annotationView", "Plain ");
        String expected = javafx.scene.text.Font.font(DocumentFont.family(), 12).getFamily();
        assertThat(plain.getFont().getFamily()).isEqualTo(expected);
    }

    @Test
    void superscriptIsSmallerAndRaised(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        Text plain = window.text("#annotationView", " x");
        Text sup = window.text("#annotationView", "2");
        assertThat(sup.getFont().getSize()).isLessThan(plain.getFont().getSize());
        assertThat(sup.getTranslateY()).isNegative();
        assertThat(top(sup)).isLessThan(top(plain));
    }

    @Test
    void aLinkLooksLikeOneAndOpensItsAddress(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        Text link = window.text("#annotationView", "the report");
        assertThat(link.getStyleClass()).contains("link");
        assertThat(link.isUnderline()).isTrue();
        assertThat(link.getFill()).isNotEqualTo(window.text("#annotationView", "Plain ").getFill());
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openedLinks).containsExactly(TestMeetings.LINK);
    }

    @Test
    void footnoteCallsAreNumberedAndTheirTextsListedUnderTheAnnotation(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        Text call = window.texts("#annotationView").stream()
                .filter(t -> t.getStyleClass().contains("footnote-call")).findFirst().orElseThrow();
        assertThat(call.getText()).isEqualTo("1");
        assertThat(call.getTranslateY()).isNegative();
        Label number = robot.lookup("#annotationView .footnote-number").queryAs(Label.class);
        assertThat(number.getText()).isEqualTo("1");
        assertThat(window.annotationText()).endsWith("The first footnote.");
        assertThat(top(number)).isGreaterThan(top(window.text("#annotationView", "After the list.")));
    }

    @Test
    void subparagraphsHangTheirTextAfterTheirLabels(FxRobot robot) {
        List<Label> labels = new ArrayList<>(robot.lookup("#annotationView .subparagraph-label").queryAllAs(Label.class));
        assertThat(labels).extracting(Label::getText).containsExactly("(a)", "(b)", "(i)");
        Text first = new WindowLookups(robot).text("#annotationView", "First point;");
        Text sub = new WindowLookups(robot).text("#annotationView", "A sub-point.");
        assertThat(left(first)).isGreaterThan(left(labels.get(0)) + labels.get(0).getWidth() - 1);
        assertThat(left(labels.get(2))).isGreaterThan(left(labels.get(0)));
        assertThat(left(sub)).isGreaterThan(left(first));
    }

    @Test
    void theDocumentationListsDescriptionThenLinkedSymbol(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        assertThat(robot.lookup("#documentationView .documentation-heading").queryAs(Label.class).getText())
                .isEqualTo("Documentation");
        assertThat(window.documentationText()).isEqualTo("Report of the Secretary-General (A/80/1)");
        robot.clickOn(window.text("#documentationView", "A/80/1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openedLinks).containsExactly("https://docs.un.org/en/A/80/1");
    }

    @Test
    void footnotesOfALaterItemContinueTheNumbering(FxRobot robot) {
        WindowLookups window = new WindowLookups(robot);
        robot.clickOn(window.cell("2. Second item"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#annotationView .footnote-number").queryAs(Label.class).getText()).isEqualTo("2");
        Node documentation = robot.lookup("#documentationView").query();
        assertThat(documentation.isVisible()).isFalse();
        assertThat(documentation.isManaged()).isFalse();
    }

    @Test
    void anEmptyAnnotationSaysSo(FxRobot robot) {
        robot.interact(() -> stack.execute(new ReplaceAnnotation(TestMeetings.STYLED, RichText.EMPTY)));
        assertThat(robot.lookup("#annotationView .placeholder").queryAs(Label.class).getText())
                .isEqualTo("No annotation.");
        assertThat(new WindowLookups(robot).texts("#annotationView")).isEmpty();
    }

    private static double top(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinY();
    }

    private static double left(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinX();
    }
}
