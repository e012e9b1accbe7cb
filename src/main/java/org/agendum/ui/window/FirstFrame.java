package org.agendum.ui.window;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once a scene's next pulse has done its CSS and layout: its first frame, when it has just been shown. */
final class FirstFrame {
    private FirstFrame() {
    }

    /**
     * {@code action} runs on the FX thread once that pulse is over, its frame handed to the renderer: work the first
     * frame does not need, which inside the pulse would hold the frame back.
     */
    static void after(Scene scene, Runnable action) {
        then(scene, () -> Platform.runLater(action));
    }

    /** {@code action} runs on the FX thread at the end of that pulse, once. */
    static void then(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                done = true;
                // not from inside the pulse's own loop over its listeners
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                action.run();
            }
        });
    }
}
