package org.agendum.ui.common;

import java.util.function.Supplier;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import org.agendum.model.Agenda;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.QuoteMarks;

/**
 * The window's parts that hold the document follow the language of its version (the masthead's "this version"):
 * an Arabic version runs right to left, and typed quotes become the version's marks. The menus, the toolbar and the
 * status bar are the application's and stay English, left to right.
 */
public final class VersionLanguage {
    private VersionLanguage() {
    }

    public static Language of(Meeting meeting) {
        return meeting.details().masthead().languages().version();
    }

    /** The version's language as the export prints it: its numbers, dates, times and labels. */
    public static DocumentLanguage document(Meeting meeting) {
        return DocumentLanguage.of(of(meeting).code());
    }

    /**
     * The item's number as the version's annex cites it ("1 (a)", "1 a)", "1 (أ)"): what the tree and the export
     * show, so that the item editor and the organization of work show it too.
     */
    public static String reference(Meeting meeting, Agenda.NumberedItem item) {
        return document(meeting).numbering().reference(item.ordinals());
    }

    /** Right to left for an Arabic version, left to right for the others. */
    public static NodeOrientation orientation(Meeting meeting) {
        return orientation(of(meeting));
    }

    public static NodeOrientation orientation(Language language) {
        return language == Language.ARABIC ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /**
     * Turns {@code node} (and what it holds) with the version's direction, and sets it in a font with the version's
     * glyphs ({@link VersionFonts}), now and whenever the meeting changes. The node must have no style of its own.
     */
    public static <T extends Node> T turn(T node, MeetingViewModel viewModel) {
        // set on each change, not bound: a bound style is invalidated by every edit of the meeting, and a node
        // applies CSS to its whole subtree again at each invalidation of its style, even to the same string (a third
        // of the FX thread's time per command or undo on the large meeting); setting an equal value does nothing
        Runnable follow = () -> turn(node, of(viewModel.meeting()));
        follow.run();
        viewModel.meetingProperty().addListener((obs, was, now) -> follow.run());
        return node;
    }

    /**
     * Turns {@code node} with the direction and font of a version in {@code language} once: for a dialog, whose
     * meeting's language cannot change while it is open. The node must have no style of its own.
     */
    public static <T extends Node> T turn(T node, Language language) {
        node.setNodeOrientation(orientation(language));
        node.setStyle(VersionFonts.interfaceStyle(language));
        return node;
    }

    /** The marks a straight quote typed into the meeting on {@code viewModel} becomes, asked at each keystroke. */
    public static Supplier<QuoteMarks> quoteMarks(MeetingViewModel viewModel) {
        return () -> marks(viewModel.meeting());
    }

    public static QuoteMarks marks(Meeting meeting) {
        return document(meeting).quoteMarks();
    }
}
