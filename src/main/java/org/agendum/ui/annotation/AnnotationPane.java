package org.agendum.ui.annotation;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.scene.layout.StackPane;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.RichText;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.VersionLanguage;

/**
 * The annotation's place in the item editor. The rich-text editor ({@link AnnotationEditor}, RichTextFX) is the
 * largest part of the window to load, build and style, about a tenth of the CPU time of a start; a window's first
 * frame shows a plain {@link AnnotationPreview} here instead, and the editor is built when it is first asked for
 * ({@link #editor()}: the window asks once its first frame is up, and the caret, a problem or a test may ask sooner)
 * or when the meeting or the selection changes, since the preview does not follow them.
 */
public final class AnnotationPane extends StackPane {
    private final MeetingViewModel viewModel;
    private final InvalidationListener changed = obs -> editor();
    private AnnotationEditor editor;
    private Consumer<String> linkOpener;
    private Consumer<String> messages;

    public AnnotationPane(MeetingViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        Meeting meeting = viewModel.meeting();
        ItemId item = viewModel.selectedItem();
        RichText text = item == null ? RichText.EMPTY
                : meeting.agenda().find(item).map(found -> found.annotation()).orElse(RichText.EMPTY);
        int firstFootnote = item == null || text.isEmpty() ? 1 : meeting.agenda().firstFootnoteNumber(item);
        getChildren().add(new AnnotationPreview(text, firstFootnote,
                VersionLanguage.document(meeting).numbering()));
        viewModel.meetingProperty().addListener(changed);
        viewModel.selectedItemProperty().addListener(changed);
    }

    /** The rich-text editor, built now if it has not been yet. */
    public AnnotationEditor editor() {
        if (editor == null) {
            viewModel.meetingProperty().removeListener(changed);
            viewModel.selectedItemProperty().removeListener(changed);
            editor = new AnnotationEditor(viewModel);
            if (linkOpener != null) {
                editor.setLinkOpener(linkOpener);
            }
            if (messages != null) {
                editor.setMessages(messages);
            }
            getChildren().setAll(editor);
        }
        return editor;
    }

    /** See {@link AnnotationEditor#setLinkOpener}; kept for the editor until it is built. */
    public void setLinkOpener(Consumer<String> opener) {
        linkOpener = Objects.requireNonNull(opener);
        if (editor != null) {
            editor.setLinkOpener(opener);
        }
    }

    /** See {@link AnnotationEditor#setMessages}; kept for the editor until it is built. */
    public void setMessages(Consumer<String> value) {
        messages = Objects.requireNonNull(value);
        if (editor != null) {
            editor.setMessages(value);
        }
    }

    /** Stops following the meeting (the window closed). */
    public void dispose() {
        viewModel.meetingProperty().removeListener(changed);
        viewModel.selectedItemProperty().removeListener(changed);
        if (editor != null) {
            editor.dispose();
        }
    }
}
