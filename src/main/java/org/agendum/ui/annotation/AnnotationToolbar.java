package org.agendum.ui.annotation;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import org.agendum.model.TextStyle;
import org.agendum.ui.common.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The annotation's formatting bar (id {@code annotationToolbar}); every button names its shortcut in its tooltip and
 * takes no focus, so the caret stays where the officer was typing.
 */
final class AnnotationToolbar extends ToolBar {
    final ToggleButton bold;
    final ToggleButton italic;
    final ToggleButton underline;
    final ToggleButton superscript;
    final List<ToggleButton> levels;
    final Button footnote;
    final Button link;
    final Button linkSymbol;
    final Button removeLink;
    private final AnnotationEditor editor;
    private boolean updating;

    AnnotationToolbar(AnnotationEditor editor) {
        this.editor = editor;
        setId("annotationToolbar");
        getStyleClass().add("editor-toolbar");
        bold = style(Material2AL.FORMAT_BOLD, "Bold", AnnotationArea.BOLD.getDisplayText(), "boldButton",
                editor::toggleBold);
        italic = style(Material2AL.FORMAT_ITALIC, "Italic", AnnotationArea.ITALIC.getDisplayText(), "italicButton",
                editor::toggleItalic);
        underline = style(Material2AL.FORMAT_UNDERLINED, "Underline", AnnotationArea.UNDERLINE.getDisplayText(),
                "underlineButton", editor::toggleUnderline);
        superscript = style(Material2MZ.SUPERSCRIPT, "Superscript", AnnotationArea.SUPERSCRIPT.getDisplayText(),
                "superscriptButton", editor::toggleSuperscript);
        String in = "Tab or " + AnnotationArea.LEVEL_IN.getDisplayText() + " goes a level in";
        String out = "Shift+Tab or " + AnnotationArea.LEVEL_OUT.getDisplayText() + " goes a level out";
        levels = List.of(
                level(0, "\u00B6", "Body text; " + out),
                level(1, "(a)", "Subparagraph (a), (b) …; " + in + ", " + out),
                level(2, "(i)", "Subparagraph (i), (ii) …, under (a); " + in + ", " + out),
                level(3, "a.", "Subparagraph a., b. …, under (i); " + out));
        levels.forEach(button -> button.setOnAction(event -> {
            if (!updating) {
                editor.area().setLevel((Integer) button.getUserData());
            }
            refresh();
        }));
        footnote = Icons.tool(new Button("Footnote"), Material2MZ.NOTE_ADD, "Insert a footnote at the caret",
                AnnotationArea.FOOTNOTE.getDisplayText());
        footnote.setId("footnoteButton");
        footnote.setOnAction(event -> editor.insertFootnote());
        link = Icons.tool(new Button(), Material2AL.LINK, "Make a link; a document symbol links to its ODS address",
                AnnotationArea.LINK.getDisplayText());
        link.setId("linkButton");
        link.setOnAction(event -> editor.area().makeLink());
        linkSymbol = Icons.tool(new Button("Link symbol"), Material2AL.INSERT_LINK,
                "Link the document symbol at the caret to https://docs.un.org", AnnotationArea.LINK_SYMBOL.getDisplayText());
        linkSymbol.setId("linkSymbolButton");
        linkSymbol.setOnAction(event -> editor.area().linkSymbol());
        removeLink = Icons.tool(new Button(), Material2AL.LINK_OFF, "Remove the link",
                AnnotationArea.REMOVE_LINK.getDisplayText());
        removeLink.setId("removeLinkButton");
        removeLink.setOnAction(event -> editor.area().removeLink());

        getItems().addAll(bold, italic, underline, superscript, new Separator());
        getItems().addAll(levels);
        getItems().addAll(new Separator(), footnote, new Separator(), link, linkSymbol, removeLink);
    }

    private ToggleButton style(org.kordamp.ikonli.Ikon ikon, String what, String shortcut, String id, Runnable action) {
        ToggleButton button = Icons.tool(new ToggleButton(), ikon, what, shortcut);
        button.setId(id);
        button.setOnAction(event -> {
            if (!updating) {
                action.run();
            }
            refresh();
        });
        return button;
    }

    private ToggleButton level(int level, String text, String what) {
        ToggleButton button = Icons.tool(new ToggleButton(text), null, what, null);
        button.setUserData(level);
        button.setId("level" + level + "Button");
        button.getStyleClass().add("level-button");
        return button;
    }

    /** Shows the state at the caret: the styles on, the paragraph's level, what can be done. */
    void refresh() {
        updating = true;
        try {
            TextStyle style = editor.shownStyle();
            bold.setSelected(style.bold());
            italic.setSelected(style.italic());
            underline.setSelected(style.underline());
            superscript.setSelected(style.superscript());
            boolean inText = editor.isTextActive();
            int level = editor.area().currentLevel();
            for (ToggleButton button : levels) {
                button.setSelected((Integer) button.getUserData() == level);
                button.setDisable(!inText || editor.isReadOnly());
            }
            footnote.setDisable(!inText || editor.isReadOnly());
            link.setDisable(!inText || editor.isReadOnly());
            linkSymbol.setDisable(!inText || editor.isReadOnly() || editor.area().symbolRange().isEmpty());
            removeLink.setDisable(!inText || editor.isReadOnly());
            for (ToggleButton button : List.of(bold, italic, underline, superscript)) {
                button.setDisable(editor.isReadOnly());
            }
        } finally {
            updating = false;
        }
    }
}
