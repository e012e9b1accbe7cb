package org.agendum.ui.common;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons and tool buttons as the editors use them: an icon, a tooltip that names the shortcut, no focus. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("editor-icon");
        return icon;
    }

    /**
     * Makes a toolbar button of {@code button}: its icon (or its text when {@code ikon} is null), the tooltip
     * "what (shortcut)", and no keyboard focus, so that a click leaves the caret where the officer was typing.
     */
    public static <B extends ButtonBase> B tool(B button, Ikon ikon, String what, String shortcut) {
        if (ikon != null) {
            button.setGraphic(icon(ikon));
            if (button.getText() == null || button.getText().isEmpty()) {
                button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }
        }
        button.setFocusTraversable(false);
        button.setMnemonicParsing(false);
        button.getStyleClass().add("tool-button");
        Tooltip tooltip = new Tooltip(shortcut == null ? what : what + " (" + shortcut + ")");
        tooltip.setShowDelay(Duration.millis(400));
        button.setTooltip(tooltip);
        button.setAccessibleText(what);
        return button;
    }

    /** A tooltip that shows quickly, for marks whose whole point is their message. */
    public static Tooltip tip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        return tooltip;
    }
}
