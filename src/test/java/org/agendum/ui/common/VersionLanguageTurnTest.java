package org.agendum.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Pane;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditDetails;
import org.agendum.edit.RenameItem;
import org.agendum.model.DetailField;
import org.agendum.model.Language;
import org.agendum.model.Masthead;
import org.agendum.testing.Fixtures;
import org.agendum.testing.TestMeetings;
import org.junit.jupiter.api.Test;

/**
 * A node turned with the version's language follows a change of the language, and nothing else: its style is not
 * even invalidated by an edit that keeps the language, since JavaFX applies CSS to the node's whole subtree again at
 * each invalidation of its style (the item editor's: a third of the FX thread's time per command on a large meeting).
 */
class VersionLanguageTurnTest {
    @Test
    void anEditThatKeepsTheLanguageLeavesTheStyleAloneAndALanguageChangeTurnsTheNode() {
        CommandStack stack = new CommandStack(TestMeetings.sample());
        MeetingViewModel viewModel = new MeetingViewModel(stack);
        Pane node = VersionLanguage.turn(new Pane(), viewModel);
        String english = node.getStyle();
        AtomicInteger invalidations = new AtomicInteger();
        node.styleProperty().addListener(observable -> invalidations.incrementAndGet());
        node.nodeOrientationProperty().addListener(observable -> invalidations.incrementAndGet());

        stack.execute(new RenameItem(Fixtures.ITEM_4, "Any other business"));
        stack.undo();

        assertThat(invalidations).hasValue(0);
        assertThat(node.getStyle()).isEqualTo(english);

        stack.execute(new EditDetails<>(DetailField.LANGUAGES, new Masthead.Languages(Language.ENGLISH,
                Language.ARABIC)));

        assertThat(node.getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(node.getStyle()).isEqualTo(VersionFonts.interfaceStyle(Language.ARABIC));
    }
}
