package org.agendum.ui.files;

import static org.agendum.testing.Fixtures.ITEM_4;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.model.Meeting;
import org.agendum.model.OrganizationOfWork;
import org.agendum.session.Prompts.ExportErrorsChoice;
import org.agendum.testing.FakeFileDialogs;
import org.agendum.testing.ScriptedPrompts;
import org.agendum.testing.TestMeetings;
import org.agendum.validation.MeetingValidator;
import org.agendum.validation.Problem;
import org.agendum.validation.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 14, items 2 and 9 without a window: the question before an export with errors, and its words. */
class ExportQuestionTest {
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final List<Problem> shown = new ArrayList<>();
    private final List<Path> exported = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private WordExportCommand command;

    private WordExportCommand command(Meeting meeting) {
        CommandStack stack = new CommandStack(meeting);
        command = new WordExportCommand(stack, dialogs, prompts, Optional::empty, () -> "wg4.agendum",
                Optional::empty, messages::add, () -> MeetingValidator.validate(stack.meeting()), shown::add,
                exported::add, Optional::empty);
        return command;
    }

    @AfterEach
    void dispose() {
        if (command != null) {
            command.dispose();
        }
    }

    private static Meeting withErrors() {
        return new RenameItem(ITEM_4, "").apply(TestMeetings.sample());
    }

    @Test
    void showProblemsAsksNoPlaceAndShowsTheFirstError() {
        Meeting meeting = withErrors();
        prompts.answer(ExportErrorsChoice.SHOW_PROBLEMS);
        command(meeting).export();

        List<Problem> errors = ExportQuestion.errors(MeetingValidator.validate(meeting));
        assertThat(prompts.questions).containsExactly("export with " + errors.size() + " errors: "
                + String.join(" | ", ExportQuestion.firstMessages(errors)));
        assertThat(shown).containsExactly(errors.get(0));
        assertThat(shown.get(0).target()).isEqualTo(new Target.Item(ITEM_4));
        assertThat(dialogs.asked).isEmpty();
        assertThat(exported).isEmpty();
    }

    @Test
    void exportAnywayGoesOnToAskWhereAndCancelDoesNot() {
        prompts.answer(ExportErrorsChoice.EXPORT_ANYWAY).answer(ExportErrorsChoice.CANCEL);
        dialogs.answer(null); // the officer cancels the file dialog
        command(withErrors()).export();
        assertThat(dialogs.asked).containsExactly("export wg4.docx");
        command.export();
        assertThat(dialogs.asked).hasSize(1);
        assertThat(prompts.questions).hasSize(2);
        assertThat(shown).isEmpty();
    }

    @Test
    void warningsAloneDoNotAsk() {
        Meeting unscheduled = TestMeetings.sample().withOrganization(OrganizationOfWork.EMPTY);
        assertThat(MeetingValidator.validate(unscheduled)).isNotEmpty()
                .allMatch(p -> p.severity() == Problem.Severity.WARNING);
        dialogs.answer(null);
        command(unscheduled).export();
        assertThat(prompts.questions).isEmpty();
        assertThat(dialogs.asked).containsExactly("export wg4.docx");
    }

    @Test
    void theQuestionCountsTheErrorsAndQuotesTheFirstTwo() {
        assertThat(ExportQuestion.header(1)).isEqualTo("The meeting has 1 error.");
        assertThat(ExportQuestion.header(3)).isEqualTo("The meeting has 3 errors.");
        String content = ExportQuestion.content(3, List.of("Item 4 has no title.", "The symbol is empty."));
        assertThat(content).startsWith("\u2022 Item 4 has no title.\n\u2022 The symbol is empty.\nand 1 more.\n")
                .contains("Show Problems", "Export Anyway");
        assertThat(ExportQuestion.content(1, List.of("Item 4 has no title."))).doesNotContain("more");

        List<Problem> problems = List.of(
                new Problem(Problem.Severity.WARNING, "w", new Target.Item(ITEM_4)),
                new Problem(Problem.Severity.ERROR, "e1", new Target.Item(ITEM_4)),
                new Problem(Problem.Severity.ERROR, "e2", new Target.Item(ITEM_4)),
                new Problem(Problem.Severity.ERROR, "e3", new Target.Item(ITEM_4)));
        assertThat(ExportQuestion.firstMessages(ExportQuestion.errors(problems))).containsExactly("e1", "e2");
    }

    @Test
    void theMessageNamesTheFileAndItsFolder() {
        Path file = Path.of("/home/maria/meetings/firearms.docx");
        assertThat(WordExportCommand.exportedMessage(file))
                .isEqualTo("Exported to firearms.docx in " + Path.of("/home/maria/meetings"));
    }

    @Test
    void theOpenerHandsFileAddressesToTheLinkOpener() {
        List<String> links = new ArrayList<>();
        DocumentOpener opener = DocumentOpener.of(links::add);
        Path file = Path.of("/home/maria/meetings/firearms.docx");
        opener.open(file);
        opener.showFolder(file.getParent());
        assertThat(links).containsExactly(file.toUri().toString(), file.getParent().toUri().toString());
        assertThat(links.get(0)).startsWith("file:");
    }
}
