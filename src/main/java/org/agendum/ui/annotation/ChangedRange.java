package org.agendum.ui.annotation;

/**
 * Where two versions of a text differ, for putting the caret after an undo or redo where the change was: after the
 * text a redo put back, or where the text an undo took away had been.
 */
final class ChangedRange {
    private ChangedRange() {
    }

    /** The offset in {@code after} at which the changed part ends (the start of the common tail). */
    static int endInNew(String before, String after) {
        int shorter = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return after.length() - suffix;
    }
}
