package org.agendum.ui.problems;

import org.agendum.validation.Target;

/**
 * Shows where a validation problem is, for the problems panel. The window does its own part first: for
 * {@link Target.Item}, {@link Target.Documentation} and {@link Target.Annotation} it selects the item in the agenda tree. Then it calls the
 * navigator with every target, so that the details editor can show and focus the field of a {@link Target.Detail},
 * the item editor the entry of a {@link Target.Documentation}, and so on. The window takes the navigator from its
 * right pane ({@code RightPane.problemNavigator()}).
 */
@FunctionalInterface
public interface ProblemNavigator {
    /** Nothing more to show: the window's own part (selecting the item) is all that happens. */
    ProblemNavigator NONE = target -> {
    };

    void show(Target target);
}
