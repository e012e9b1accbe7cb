package org.agendum.docx;

/**
 * Told how far an export has got, so that a window can show it. Called on the exporting thread; a JavaFX
 * caller hands the values to the FX thread itself (e.g. through a Task's updateProgress).
 */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, step) -> { };

    /**
     * @param done the fraction done, from 0 to 1
     * @param step what is being done now, in words for the status line ("Writing the annotations")
     */
    void progress(double done, String step);
}
