package org.agendum.ui.common;

/** One line of Help ▸ Keyboard shortcuts: what a key or a gesture does, and the keys or gesture in words. */
public record KeyHelp(String what, String keys) {
}
