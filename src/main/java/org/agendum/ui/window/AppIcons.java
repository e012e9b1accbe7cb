package org.agendum.ui.window;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/** The application icon at the sizes window managers pick from (rendered from icons/agendum.svg). */
final class AppIcons {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    static List<Image> all() {
        return SIZES.stream().map(size -> new Image(Objects.requireNonNull(
                AppIcons.class.getResource("/org/agendum/ui/icons/agendum-" + size + ".png"), "icon " + size).toExternalForm()))
                .toList();
    }
}
