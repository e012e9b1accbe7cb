package org.agendum.ui.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.testing.MeetingArbitraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Generated annotations through a real area: load, read back, load again, read back. */
@ExtendWith(ApplicationExtension.class)
class AnnotationAreaRoundTripTest {
    private AnnotationArea area;

    @Start
    void start(Stage stage) {
        area = new AnnotationArea();
        stage.setScene(new Scene(area, 600, 400));
        stage.show();
    }

    @Test
    void generatedAnnotationsSurviveTheArea(FxRobot robot) {
        List<RichText> samples = MeetingArbitraries.richTexts().sampleStream().limit(300).toList();
        robot.interact(() -> {
            // start from something else each time, so that loading replaces a real text
            area.load(RichText.of(Paragraph.subparagraph(2, "Previous text.")));
            for (RichText text : samples) {
                area.load(text);
                RichText back = area.text();
                assertThat(back).isEqualTo(canonical(text));
                assertThat(area.isUndoAvailable()).isFalse();
                area.load(back);
                assertThat(area.text()).isEqualTo(back);
            }
        });
    }

    private static RichText canonical(RichText text) {
        List<Paragraph> paragraphs = text.paragraphs();
        return paragraphs.size() == 1 && paragraphs.get(0).level() == 0 && paragraphs.get(0).inlines().isEmpty()
                ? RichText.EMPTY : text;
    }
}
