package org.agendum.ui.dev;

import static org.agendum.testing.Fixtures.ITEM_3;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditDetails;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Agenda;
import org.agendum.model.DetailField;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.ui.window.ItemEditor;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.details.DetailsEditor;

/**
 * Test-only: the editors on the sample in a window, to look at them (not the real window, which the shell owns).
 * Arguments: "item" (default) shows a list of items and the item editor, "details" the meeting details form with a
 * malformed symbol; "atlantafx" as a second argument applies AtlantaFX's Primer Light theme.
 */
public final class EditorsDevMain extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        String mode = args.isEmpty() ? "item" : args.get(0);
        if (args.contains("atlantafx")) {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        }
        CommandStack stack = new CommandStack(SampleMeeting.load());
        MeetingViewModel viewModel = new MeetingViewModel(stack);
        Scene scene;
        if (mode.equals("details")) {
            Meeting meeting = stack.meeting();
            stack.execute(new EditDetails<>(DetailField.SYMBOL, "CTOC/COP/WG.4 /2018/1"));
            stack.execute(new EditDetails<>(DetailField.VENUE, ""));
            DetailsEditor details = new DetailsEditor(viewModel);
            scene = new Scene(details, Math.min(900, width()), height());
            if (args.contains("focus")) {
                Platform.runLater(() -> details.showField(DetailField.LANGUAGE_COVERAGE));
            }
        } else {
            ItemId item = ITEM_3;
            stack.execute(new ReplaceAnnotation(item, demoAnnotation(stack.meeting().agenda(), item)));
            stack.execute(new org.agendum.edit.AddDocumentation(item, 1, new org.agendum.model.DocumentationEntry(
                    "Note by the Secretariat on the \u201Cdraft questionnaire\u201D", "ctoc/cop/WG.4/2018/4")));
            viewModel.select(item);
            ItemEditor editor = new ItemEditor(viewModel);
            ListView<String> items = new ListView<>();
            List<ItemId> ids = new ArrayList<>();
            for (Agenda.NumberedItem n : stack.meeting().agenda().numbered()) {
                items.getItems().add(n.reference() + "  " + n.item().title());
                ids.add(n.item().id());
            }
            items.getSelectionModel().select(ids.indexOf(item));
            items.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
                if (i.intValue() >= 0) {
                    viewModel.select(ids.get(i.intValue()));
                }
            });
            SplitPane split = new SplitPane(items, editor.node());
            split.setDividerPositions(0.25);
            scene = new Scene(split, width(), height());
            Platform.runLater(() -> {
                editor.editAnnotation();
                editor.annotationEditor().area().selectRange(40, 65);
            });
        }
        stage.setTitle("Agendum editors (dev)");
        stage.setScene(scene);
        stage.show();
    }

    /** As wide as the screen allows (a 1440 × 900 screen at 150% is 960 × 600). */
    private static double width() {
        return Math.min(1400, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 20);
    }

    private static double height() {
        return Math.min(860, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 40);
    }

    /** The sample's annotation of item 3 with subparagraphs, a footnote and formatting added, to see them all. */
    static RichText demoAnnotation(Agenda agenda, ItemId id) {
        List<Paragraph> paragraphs = new ArrayList<>(agenda.get(id).annotation().paragraphs());
        paragraphs.add(1, new Paragraph(0, List.<Inline>of(
                TextRun.plain("The Working Group may wish to consider:"),
                FootnoteMark.of("See CTOC/COP/WG.4/2017/3, para. 12."))));
        paragraphs.add(2, Paragraph.subparagraph(1, "Whether the questionnaire covers the \u201Cvictim-centred approach\u201D;"));
        paragraphs.add(3, new Paragraph(1, List.<Inline>of(TextRun.plain("The structure of "),
                new TextRun("section II", TextStyle.ITALIC), TextRun.plain(", in particular:"))));
        paragraphs.add(4, Paragraph.subparagraph(2, "Questions on the criminalization of trafficking;"));
        paragraphs.add(5, Paragraph.subparagraph(2, "Questions on assistance to and protection of victims."));
        return new RichText(paragraphs);
    }
}
