package org.agendum.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A title broken into lines by hand: every word once, in order, each line within the width, a run's style kept. */
@ExtendWith(ApplicationExtension.class)
class BrokenLinesTest {
    private static final String TITLE = "التعاون الدولي في قضايا الاتجار بالأشخاص: مراعاة احتياجات الضحايا وحقوقهم";
    private static final double WIDTH = 200;
    private final BrokenLines lines = new BrokenLines();
    private StackPane root;

    @Start
    void start(Stage stage) {
        // the stage may keep an earlier test's size: the width is the node's own
        lines.setMaxWidth(WIDTH);
        root = new StackPane(lines);
        root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    private List<String> shownLines(FxRobot robot) {
        robot.interact(() -> root.layout());
        return lines.getChildrenUnmodifiable().stream().filter(Node::isVisible).map(line -> String.join("",
                ((TextFlow) line).getChildren().stream().map(text -> ((Text) text).getText()).toList())).toList();
    }

    @Test
    void aLongTitleIsBrokenAtSpacesIntoLinesThatFit(FxRobot robot) {
        robot.interact(() -> lines.setRuns(List.of(new BrokenLines.Run(TITLE, List.of("title")))));

        List<String> shown = shownLines(robot);
        assertThat(shown).hasSizeGreaterThan(1);
        assertThat(String.join(" ", shown)).isEqualTo(TITLE);
        for (Node line : lines.getChildrenUnmodifiable()) {
            if (line.isVisible()) {
                ((TextFlow) line).getChildren().forEach(text -> assertThat(text.getLayoutBounds().getWidth())
                        .isLessThanOrEqualTo(lines.getWidth()));
            }
        }
    }

    @Test
    void aContinuedItemKeepsItsMarkWholeAndItsStyle(FxRobot robot) {
        robot.interact(() -> lines.setRuns(List.of(new BrokenLines.Run(TITLE, List.of("title")),
                new BrokenLines.Run(" (", List.of("title")), new BrokenLines.Run("تابع", List.of("title", "continued")),
                new BrokenLines.Run(")", List.of("title")))));

        List<String> shown = shownLines(robot);
        assertThat(shown.get(shown.size() - 1)).endsWith("(تابع)");
        assertThat(lines.text()).isEqualTo(TITLE + " (تابع)");
        TextFlow last = (TextFlow) lines.getChildrenUnmodifiable().get(lines.getChildrenUnmodifiable().size() - 1);
        assertThat(last.getChildren()).anySatisfy(text -> {
            assertThat(((Text) text).getText()).isEqualTo("تابع");
            assertThat(text.getStyleClass()).contains("continued");
        });
    }

    @Test
    void aShortTitleIsOneLine(FxRobot robot) {
        robot.interact(() -> lines.setRuns(List.of(new BrokenLines.Run("مسائل أخرى", List.of("title")))));
        assertThat(shownLines(robot)).containsExactly("مسائل أخرى");
    }
}
