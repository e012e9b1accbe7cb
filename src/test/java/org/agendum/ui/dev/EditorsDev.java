package org.agendum.ui.dev;

/** Test-only launcher of {@link EditorsDevMain} from the class path (an Application subclass cannot be the main class). */
public final class EditorsDev {
    private EditorsDev() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(EditorsDevMain.class, args);
    }
}
