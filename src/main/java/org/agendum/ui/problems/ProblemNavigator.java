package org.agendum.ui.problems;

import org.agendum.validation.Target;

/**
 * Shows where a validation problem is, for the problems panel. The window does its own part first: for
 * {@link Target.Item}, {@link Target.Documentation}, {@link Target.Annotation} and {@link Target.Punctuation} it
 * selects the item in the agenda tree. Then it calls the navigator with every target, so that the details editor can
 * show and focus the field of a {@link Target.Detail}, the item editor the entry of a {@link Target.Documentation}
 * or the list punctuation of a {@link Target.Punctuation}, and so on. For {@link Target.Agenda} (it has no items
 * yet) the window puts the focus on the agenda tree last. The window takes the navigator from its right pane
 * ({@code RightPane.problemNavigator()}).
 */
@FunctionalInterface
public interface ProblemNavigator {
    /** Nothing more to show: the window's own part (selecting the item) is all that happens. */
    ProblemNavigator NONE = target -> {
    };

    void show(Target target);
}
