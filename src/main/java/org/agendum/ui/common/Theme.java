package org.agendum.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;

/**
 * The look: AtlantaFX's Primer Light as the base of every control, with {@code agendum.css} on top in each scene
 * (the agenda tree, the document text, the status bar and the drop indicators).
 */
public final class Theme {
    private static final String STYLESHEET = "/org/agendum/ui/agendum.css";
    /** The binary form of the same stylesheet: read at start without parsing 170 kB of CSS. */
    private static final String BASE = new PrimerLight().getUserAgentStylesheetBSS();

    private Theme() {
    }

    /** Sets the base for the whole application; harmless to call again. */
    public static void apply() {
        if (!Objects.equals(Application.getUserAgentStylesheet(), BASE)) {
            Application.setUserAgentStylesheet(BASE);
        }
    }

    /** agendum.css, for the window's scene and for its dialogs. */
    public static String stylesheet() {
        return Objects.requireNonNull(Theme.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
    }
}
