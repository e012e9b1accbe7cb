package org.agendum.ui.window;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Every command of the window, defined once: its words, its icon, its shortcut (shown in the menus) and any
 * further shortcuts. Menus, the toolbar, the tree's context menu, the keyboard and the shortcuts list are built
 * from this; {@link Actions} binds each to what it does and when it is enabled.
 *
 * <p>{@link Scope#TREE} shortcuts act only while the agenda tree has the keyboard focus: they are keys a text
 * field needs for itself (Tab, Delete, Insert, Ctrl+C …), so they are kept out of the scene's accelerators and the
 * tree handles them. Their menu items act on the selected item wherever the focus is.
 */
enum AppAction {
    NEW("New", Material2OutlinedAL.INSERT_DRIVE_FILE, shortcut(KeyCode.N)),
    /** Next session from this one: a new document (ui.files.NewSessionDialog, rollforward.RollForward). */
    NEW_SESSION("New Session from This Meeting\u2026", Material2OutlinedMZ.NEXT_PLAN, shortcutShift(KeyCode.N)),
    /** The meeting in another language: a new document (ui.files.LanguageVersionDialog, version.LanguageVersion). */
    NEW_LANGUAGE_VERSION("New Language Version\u2026", Material2OutlinedAL.G_TRANSLATE, (KeyCombination) null),
    /** Records the meeting as issued (symbol, date), one undoable step (issue 19). */
    ISSUE("Issue\u2026", null, (KeyCombination) null),
    /** The issued versions, any of them opened read-only in a window of its own. */
    ISSUED_VERSIONS("Issued Versions\u2026", null, (KeyCombination) null),
    OPEN("Open\u2026", Material2OutlinedAL.FOLDER_OPEN, shortcut(KeyCode.O)),
    /** Last session's agenda from Word, PDF or text, as a new meeting with the import's report (ui.importing). */
    IMPORT("Import\u2026", Material2OutlinedAL.INPUT, shortcutShift(KeyCode.O)),
    IMPORT_TEXT("Import Pasted Text\u2026", null, (KeyCombination) null),
    SAVE("Save", Material2OutlinedMZ.SAVE, shortcut(KeyCode.S)),
    SAVE_AS("Save As\u2026", null, shortcutShift(KeyCode.S)),
    EXPORT_WORD("Export to Word\u2026", Material2OutlinedAL.DESCRIPTION, shortcut(KeyCode.E)),
    /** The organization of work as a calendar, a spreadsheet or CSV (ui.files.ProgrammeExportCommand). */
    /** Issue… and the Word export in one: the version is recorded as issued once its document is written. */
    EXPORT_CIRCULATED("Export Circulated Version to Word\u2026", null, (KeyCombination) null),
    /** The next "/Rev.N" as a Word document, with tracked changes against an issued version or clean; recorded too. */
    EXPORT_REVISION("Export Revision\u2026", null, (KeyCombination) null),
    /** A corrigendum ("…/Corr.N") from the changes since the last issued version, editable before export. */
    EXPORT_CORRIGENDUM("Export Corrigendum\u2026", null, (KeyCombination) null),
    EXPORT_PROGRAMME("Export Programme\u2026", Material2OutlinedAL.EVENT, shortcutShift(KeyCode.P)),
    /** The export's one setting: the emblem picture of this computer (ui.files.EmblemDialog). */
    EMBLEM("Emblem for the Masthead\u2026", Material2OutlinedAL.IMAGE, shortcutShift(KeyCode.E)),
    CLOSE("Close", null, shortcut(KeyCode.W)),
    QUIT("Quit", null, shortcut(KeyCode.Q)),

    UNDO("Undo", Material2OutlinedMZ.UNDO, shortcut(KeyCode.Z)),
    REDO("Redo", Material2OutlinedMZ.REDO, shortcut(KeyCode.Y), shortcutShift(KeyCode.Z)),
    CUT("Cut", Material2OutlinedAL.CONTENT_CUT, Scope.TREE, shortcut(KeyCode.X)),
    COPY("Copy", Material2OutlinedAL.CONTENT_COPY, Scope.TREE, shortcut(KeyCode.C)),
    PASTE("Paste", Material2OutlinedAL.CONTENT_PASTE, Scope.TREE, shortcut(KeyCode.V)),

    ADD_ITEM("Add item", Material2OutlinedAL.ADD, Scope.TREE, shortcut(KeyCode.ENTER), plain(KeyCode.INSERT)),
    ADD_SUB_ITEM("Add sub-item", Material2OutlinedMZ.SUBDIRECTORY_ARROW_RIGHT, Scope.TREE,
            shortcutShift(KeyCode.ENTER)),
    RENAME("Rename item", Material2OutlinedAL.EDIT, Scope.TREE, plain(KeyCode.F2)),
    DELETE("Delete item", Material2OutlinedAL.DELETE_OUTLINE, Scope.TREE, plain(KeyCode.DELETE)),
    MOVE_UP("Move up", Material2OutlinedAL.ARROW_UPWARD, Scope.TREE, alt(KeyCode.UP)),
    MOVE_DOWN("Move down", Material2OutlinedAL.ARROW_DOWNWARD, Scope.TREE, alt(KeyCode.DOWN)),
    INDENT("Indent (make sub-item)", Material2OutlinedAL.FORMAT_INDENT_INCREASE, Scope.TREE, plain(KeyCode.TAB),
            alt(KeyCode.RIGHT)),
    OUTDENT("Outdent", Material2OutlinedAL.FORMAT_INDENT_DECREASE, Scope.TREE,
            new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN), alt(KeyCode.LEFT)),
    /** Takes the mark off the selected item without changing it (the window's, so the item editor has it). */
    MARK_REVIEWED("Mark as reviewed or translated", Material2OutlinedAL.DONE, shortcutShift(KeyCode.R)),
    SCHEDULE_IN("Schedule in\u2026", Material2OutlinedAL.EVENT_AVAILABLE, shortcut(KeyCode.D)),
    EXPAND_ALL("Expand all", null, (KeyCombination) null),
    COLLAPSE_ALL("Collapse all", null, (KeyCombination) null),

    SHOW_IMPORT_REPORT("Import report", Material2OutlinedAL.ASSIGNMENT, (KeyCombination) null),
    /** The tree shows only the items still to review or translate (and the items they are under). */
    SHOW_ONLY_MARKED("Only items left to review or translate", Material2OutlinedAL.FILTER_LIST,
            (KeyCombination) null),
    /** What changed since the file was opened or last saved, in words (ui.changes.ChangesPanel). */
    SHOW_CHANGES("Changes", Material2OutlinedAL.COMPARE, (KeyCombination) null),
    SHOW_PROBLEMS("Problems", Material2OutlinedMZ.REPORT_PROBLEM, shortcutShift(KeyCode.M)),
    SHOW_SCHEDULE("Organization of work", Material2OutlinedMZ.VIEW_WEEK, shortcut(KeyCode.DIGIT3)),
    SWITCH_PANE("Switch between agenda and editor", null, plain(KeyCode.F6)),
    SHORTCUTS("Keyboard shortcuts", Material2OutlinedAL.KEYBOARD, plain(KeyCode.F1));

    /** Where a shortcut acts: anywhere in the window, or only in the agenda tree. */
    enum Scope { WINDOW, TREE }

    private final String text;
    private final Ikon icon;
    private final Scope scope;
    private final KeyCombination accelerator;
    private final List<KeyCombination> alternatives;

    AppAction(String text, Ikon icon, KeyCombination accelerator, KeyCombination... alternatives) {
        this(text, icon, Scope.WINDOW, accelerator, alternatives);
    }

    AppAction(String text, Ikon icon, Scope scope, KeyCombination accelerator, KeyCombination... alternatives) {
        this.text = text;
        this.icon = icon;
        this.scope = scope;
        this.accelerator = accelerator;
        this.alternatives = List.of(alternatives);
    }

    String text() {
        return text;
    }

    /** Null for commands without an icon. */
    Ikon icon() {
        return icon;
    }

    Scope scope() {
        return scope;
    }

    /** The shortcut the menus show; null when there is none. */
    KeyCombination accelerator() {
        return accelerator;
    }

    /** The shown shortcut, then the others. */
    List<KeyCombination> shortcuts() {
        List<KeyCombination> all = new java.util.ArrayList<>();
        if (accelerator != null) {
            all.add(accelerator);
        }
        all.addAll(alternatives);
        return all;
    }

    List<KeyCombination> alternatives() {
        return alternatives;
    }

    /** A shortcut in words, as the shortcuts list and the tooltips give it: "Ctrl+Enter", "Alt+Up", "Shift+Tab". */
    static String describe(KeyCombination keys) {
        if (!(keys instanceof KeyCodeCombination combination)) {
            return keys.getDisplayText();
        }
        StringBuilder text = new StringBuilder();
        boolean mac = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
        if (combination.getShortcut() == KeyCombination.ModifierValue.DOWN
                || combination.getControl() == KeyCombination.ModifierValue.DOWN) {
            text.append(mac && combination.getShortcut() == KeyCombination.ModifierValue.DOWN ? "Cmd+" : "Ctrl+");
        }
        if (combination.getShift() == KeyCombination.ModifierValue.DOWN) {
            text.append("Shift+");
        }
        if (combination.getAlt() == KeyCombination.ModifierValue.DOWN) {
            text.append(mac ? "Option+" : "Alt+");
        }
        KeyCode code = combination.getCode();
        String key = code.getChar();
        // punctuation as it is printed on the key ("]", "="), other keys by name ("Enter", "Up", "F2")
        boolean printed = key.length() == 1 && !Character.isLetterOrDigit(key.charAt(0)) && !code.isArrowKey()
                && !code.isNavigationKey() && !code.isWhitespaceKey() && !code.isFunctionKey() && !code.isKeypadKey()
                && !Character.isWhitespace(key.charAt(0)) && !Character.isISOControl(key.charAt(0));
        return text.append(printed ? key : code.getName()).toString();
    }

    /** "undo", "save-as", "add-sub-item": the end of the ids of its menu item and button. */
    String idName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static KeyCombination plain(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }
}
