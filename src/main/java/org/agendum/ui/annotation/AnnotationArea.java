package org.agendum.ui.annotation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextStyle;
import org.agendum.typography.DocumentLanguage;
import org.agendum.typography.LanguageNumbering;
import org.agendum.typography.LinkTargets;
import org.agendum.typography.QuoteMarks;
import org.agendum.typography.Printable;
import org.agendum.ui.common.EditorStyles;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.util.UndoUtils;
import org.reactfx.util.Either;

/**
 * The annotation as the officer edits it (id {@code annotationArea}): a RichTextFX area whose paragraph style is
 * the subparagraph level ({@link ParStyle}) and whose character style mirrors the model ({@link TextStyle}); footnote
 * calls are segments of their own ({@link FootnoteSegment}), drawn as their superscript number. Each paragraph
 * shows its derived label ("(a)", "(i)", "a.") in a hanging indent.
 *
 * <p>The area has no undo history of its own: every change of its text becomes a command on the meeting's stack at
 * once (the pane around it executes them), and Ctrl+Z undoes those. Where a change must be an undo step of its own
 * (a style, a level, a footnote), the area ends the typing group through {@link #setOnTypingGroupEnd}. Shortcuts: see
 * the constants.
 */
public final class AnnotationArea extends GenericStyledArea<ParStyle, Either<String, FootnoteSegment>, TextStyle> {
    public static final KeyCodeCombination BOLD = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCodeCombination ITALIC = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCodeCombination UNDERLINE = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCodeCombination SUPERSCRIPT =
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCodeCombination LEVEL_IN =
            new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCodeCombination LEVEL_OUT =
            new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCodeCombination LEVEL_IN_TAB = new KeyCodeCombination(KeyCode.TAB);
    public static final KeyCodeCombination LEVEL_OUT_TAB = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN);
    public static final KeyCodeCombination FOOTNOTE =
            new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    public static final KeyCodeCombination LINK = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCodeCombination LINK_SYMBOL =
            new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCodeCombination REMOVE_LINK =
            new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);

    /** One shortcut of the annotation: what it does in words (for the shortcuts list), its keys and its action. */
    public record Key(String what, KeyCodeCombination keys, java.util.function.Consumer<AnnotationArea> action) {
    }

    /** The annotation's shortcuts, installed from this list and listed from it in Help ▸ Keyboard shortcuts. */
    public static final List<Key> KEYS = List.of(
            new Key("Bold", BOLD, AnnotationArea::toggleBold),
            new Key("Italic", ITALIC, AnnotationArea::toggleItalic),
            new Key("Underline", UNDERLINE, AnnotationArea::toggleUnderline),
            new Key("Superscript", SUPERSCRIPT, AnnotationArea::toggleSuperscript),
            new Key("Subparagraph one level in: (a), (i), a.", LEVEL_IN, area -> area.shiftLevel(1)),
            new Key("Subparagraph one level in: (a), (i), a.", LEVEL_IN_TAB, area -> area.shiftLevel(1)),
            new Key("Subparagraph one level out", LEVEL_OUT, area -> area.shiftLevel(-1)),
            new Key("Subparagraph one level out", LEVEL_OUT_TAB, area -> area.shiftLevel(-1)),
            new Key("Insert footnote", FOOTNOTE, AnnotationArea::insertFootnote),
            new Key("Make link\u2026", LINK, AnnotationArea::makeLink),
            new Key("Link the document symbol to ODS", LINK_SYMBOL, AnnotationArea::linkSymbol),
            new Key("Remove link", REMOVE_LINK, AnnotationArea::removeLink));

    /** How far a superscript is raised, as a share of its own font size (as in the read-only view). */
    private static final double SUPERSCRIPT_RISE = 0.55;

    /** The derived labels and footnote order of the current text; replaced after every change that alters them. */
    record Numbering(List<Integer> levels, List<String> labels, List<FootnoteSegment> footnotes,
            Map<FootnoteSegment, Integer> order) {
        static final Numbering NONE = new Numbering(List.of(), List.of(), List.of(), Map.of());

        String label(int paragraph) {
            return paragraph >= 0 && paragraph < labels.size() ? labels.get(paragraph) : "";
        }

        int level(int paragraph) {
            return paragraph >= 0 && paragraph < levels.size() ? levels.get(paragraph) : 0;
        }

        boolean sameAs(List<Integer> otherLevels, List<FootnoteSegment> otherFootnotes) {
            if (!levels.equals(otherLevels) || footnotes.size() != otherFootnotes.size()) {
                return false;
            }
            for (int i = 0; i < footnotes.size(); i++) {
                if (footnotes.get(i) != otherFootnotes.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final RunStyling styling;
    /** The document language's quotation marks, asked at each typed quote; English until the editor says. */
    private Supplier<QuoteMarks> quoteMarks = () -> QuoteMarks.ENGLISH;
    /** The forms of the subparagraph labels (the version's language); English until the editor says. */
    private LanguageNumbering labelForms = DocumentLanguage.of(DocumentLanguage.ENGLISH).numbering();
    private Runnable endTypingGroup = () -> { };
    private final ReadOnlyObjectWrapper<Numbering> numbering = new ReadOnlyObjectWrapper<>(this, "numbering",
            Numbering.NONE);
    /** The subparagraph labels at the right of their paragraphs (an Arabic version), not the left. */
    private final BooleanProperty labelsOnTheRight = new SimpleBooleanProperty(this, "labelsOnTheRight");
    private final IntegerProperty firstFootnoteNumber = new SimpleIntegerProperty(this, "firstFootnoteNumber", 1);
    private final ObjectProperty<Consumer<FootnoteSegment>> onEditFootnote = new SimpleObjectProperty<>(f -> { });
    private final ObjectProperty<Consumer<String>> onOpenLink = new SimpleObjectProperty<>(link -> { });
    private final ObjectProperty<LinkPrompt> linkPrompt = new SimpleObjectProperty<>(LinkPrompt.DIALOG);
    private final ObjectProperty<LinkConfirmation> linkConfirmation =
            new SimpleObjectProperty<>(LinkConfirmation.DIALOG);
    private final ObjectProperty<Consumer<String>> onMessage = new SimpleObjectProperty<>(AnnotationArea::messageDialog);

    /**
     * Asks before a link that is not a United Nations address opens outside Agendum, showing the full address
     * (dialog id {@code openLinkDialog}: the address in {@code openLinkAddress}, the button {@code openLinkButton};
     * Cancel is the default). True opens it.
     */
    @FunctionalInterface
    public interface LinkConfirmation {
        LinkConfirmation DIALOG = LinkConfirmation::dialog;

        boolean confirm(Node owner, String address);

        private static boolean dialog(Node owner, String address) {
            javafx.scene.control.ButtonType open =
                    new javafx.scene.control.ButtonType("Open", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.CONFIRMATION, "", open, javafx.scene.control.ButtonType.CANCEL);
            alert.setTitle("Open link");
            alert.setHeaderText("This link is not a United Nations address. Open it?");
            javafx.scene.control.TextArea shown = new javafx.scene.control.TextArea(address);
            shown.setId("openLinkAddress");
            shown.setEditable(false);
            shown.setWrapText(true);
            shown.setPrefRowCount(3);
            shown.setPrefColumnCount(48);
            alert.getDialogPane().setContent(shown);
            alert.getDialogPane().setId("openLinkDialog");
            javafx.scene.control.Button openButton = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(open);
            openButton.setId("openLinkButton");
            openButton.setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                    .setDefaultButton(true);
            if (owner.getScene() != null) {
                alert.initOwner(owner.getScene().getWindow());
            }
            return alert.showAndWait().filter(open::equals).isPresent();
        }
    }

    /** Asks the officer for a link's address; an empty answer removes the link, no answer changes nothing. */
    @FunctionalInterface
    public interface LinkPrompt {
        LinkPrompt DIALOG = LinkPrompt::dialog;

        Optional<String> ask(Node owner, String suggested);

        private static Optional<String> dialog(Node owner, String suggested) {
            javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(suggested);
            dialog.setTitle("Link");
            dialog.setHeaderText("Address of the link (leave it empty to remove the link)");
            dialog.setContentText("Address:");
            dialog.getEditor().setPrefColumnCount(42);
            dialog.getEditor().setId("linkAddress");
            if (owner.getScene() != null) {
                dialog.initOwner(owner.getScene().getWindow());
            }
            return dialog.showAndWait().map(String::strip);
        }
    }

    /** Where the area takes the quotation marks a typed straight quote becomes (the version's language). */
    public void setQuoteMarks(Supplier<QuoteMarks> marks) {
        quoteMarks = Objects.requireNonNull(marks, "marks");
    }

    /** Labels the subparagraphs in these forms ("a)" in French, "(أ)" in Arabic), at once. */
    public void setLabelForms(LanguageNumbering forms) {
        if (forms != labelForms) {
            labelForms = Objects.requireNonNull(forms, "forms");
            renumber(true);
        }
    }

    /** Puts the subparagraph labels at the right of their paragraphs, as an Arabic version sets them. */
    public void setLabelsOnTheRight(boolean right) {
        labelsOnTheRight.set(right);
    }

    /** The marks a straight quote typed now becomes. */
    QuoteMarks quoteMarks() {
        return quoteMarks.get();
    }

    public AnnotationArea() {
        this(new NodeFactory());
    }

    private AnnotationArea(NodeFactory nodes) {
        super(ParStyle.BODY, AnnotationArea::applyParagraphStyle, TextStyle.PLAIN, AnnotationDocuments.SEGMENT_OPS,
                nodes::create);
        nodes.area = this;
        setId("annotationArea");
        // always left to right: RichTextFX draws the caret and the selection mirrored and hit-tests wrongly in a
        // right-to-left area (FXMisc/RichTextFX#836, #1170); an Arabic version's paragraphs are set from the right
        // by the editor's style instead, and JavaFX orders each paragraph from its first letter
        setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        getStyleClass().add("annotation-area");
        EditorStyles.install(this);
        setWrapText(true);
        setParagraphGraphicFactory(nodes::paragraphLabel);
        setUndoManager(UndoUtils.noOpUndoManager());
        styling = new RunStyling(this, this::endTypingGroup);
        multiRichChanges().subscribe(changes -> renumber(false));
        renumber(false);
        TypingAids.install(this, this::quoteMarks);
        TypingAids.Shortcuts shortcuts = new TypingAids.Shortcuts(this);
        KEYS.forEach(key -> shortcuts.on(key.keys(), () -> key.action().accept(this)));
        setContextMenu(contextMenu());
        // Enter in an empty subparagraph ends the list, as in Word
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isShiftDown()
                    && getSelection().getLength() == 0) {
                int paragraph = getCurrentParagraph();
                if (getParagraph(paragraph).length() == 0 && getParagraph(paragraph).getParagraphStyle().level() > 0) {
                    event.consume();
                    setLevel(0);
                }
            }
        });
    }

    /** The right-click menu: the clipboard and the actions a mouse user looks for here (shortcuts named). */
    private javafx.scene.control.ContextMenu contextMenu() {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(
                item("Cut", "Ctrl+X", this::cut),
                item("Copy", "Ctrl+C", this::copy),
                item("Paste", "Ctrl+V", this::paste),
                new javafx.scene.control.SeparatorMenuItem(),
                item("Insert footnote", FOOTNOTE.getDisplayText(), this::insertFootnote),
                item("Make link\u2026", LINK.getDisplayText(), this::makeLink),
                item("Link symbol to ODS", LINK_SYMBOL.getDisplayText(), this::linkSymbol),
                item("Remove link", REMOVE_LINK.getDisplayText(), this::removeLink));
        menu.setId("annotationContextMenu");
        return menu;
    }

    /** A menu item that names its shortcut without registering it (the area's own keys do the work). */
    private static javafx.scene.control.MenuItem item(String text, String shortcut, Runnable action) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text + "    (" + shortcut + ")");
        item.setOnAction(event -> action.run());
        return item;
    }

    // ---- the text ------------------------------------------------------------------------------------------

    /** The area's text as the model's annotation. */
    public RichText text() {
        return AnnotationDocuments.toRichText(getParagraphs());
    }

    /** Told where a typing group ends: before and after a change that is an undo step of its own. */
    public void setOnTypingGroupEnd(Runnable action) {
        endTypingGroup = java.util.Objects.requireNonNull(action);
    }

    void endTypingGroup() {
        endTypingGroup.run();
    }

    /** Replaces the whole text: another item, or the item's text after an undo. */
    public void load(RichText text) {
        ReadOnlyStyledDocument<ParStyle, Either<String, FootnoteSegment>, TextStyle> document =
                AnnotationDocuments.toDocument(text);
        replace(0, getLength(), document);
        // an empty first or last paragraph keeps the area's old paragraph style when joined: set it again
        for (int i = 0; i < document.getParagraphs().size() && i < getParagraphs().size(); i++) {
            ParStyle style = document.getParagraphs().get(i).getParagraphStyle();
            if (!getParagraph(i).getParagraphStyle().equals(style)) {
                setParagraphStyle(i, style);
            }
        }
        renumber(false);
    }

    /** The number of this item's first footnote in the document (earlier items' footnotes come before it). */
    public IntegerProperty firstFootnoteNumberProperty() {
        return firstFootnoteNumber;
    }

    /** What the pane does when the officer opens a footnote (clicks its number, or inserts one). */
    public ObjectProperty<Consumer<FootnoteSegment>> onEditFootnoteProperty() {
        return onEditFootnote;
    }

    /**
     * What opens a link once it passed {@link #openLink} (the window opens the address in the browser): it gets
     * only addresses {@link LinkTargets} allows, in their ASCII form.
     */
    public ObjectProperty<Consumer<String>> onOpenLinkProperty() {
        return onOpenLink;
    }

    public ObjectProperty<LinkPrompt> linkPromptProperty() {
        return linkPrompt;
    }

    /** How the area asks before opening a link that is not a United Nations address (a dialog unless replaced). */
    public ObjectProperty<LinkConfirmation> linkConfirmationProperty() {
        return linkConfirmation;
    }

    /** Where the area says why it did not do something (the window's status bar; a dialog unless replaced). */
    public ObjectProperty<Consumer<String>> onMessageProperty() {
        return onMessage;
    }

    private static void messageDialog(String message) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.INFORMATION, message);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("annotationMessageDialog");
        alert.show();
    }

    /** The style the toolbar shows: shared by the whole selection, or that of the text typed next. */
    public ReadOnlyObjectProperty<TextStyle> shownStyleProperty() {
        return styling.shownProperty();
    }

    ReadOnlyObjectProperty<Numbering> numberingProperty() {
        return numbering.getReadOnlyProperty();
    }

    RunStyling styling() {
        return styling;
    }

    // ---- character formatting ------------------------------------------------------------------------------

    public void toggleBold() {
        styling.toggle(TextStyle::bold, TextStyle::withBold);
    }

    public void toggleItalic() {
        styling.toggle(TextStyle::italic, TextStyle::withItalic);
    }

    public void toggleUnderline() {
        styling.toggle(TextStyle::underline, TextStyle::withUnderline);
    }

    public void toggleSuperscript() {
        styling.toggle(TextStyle::superscript, TextStyle::withSuperscript);
    }

    // ---- subparagraphs -------------------------------------------------------------------------------------

    /** The level of the paragraph with the caret. */
    public int currentLevel() {
        return getParagraph(getCurrentParagraph()).getParagraphStyle().level();
    }

    /** Sets the level of every paragraph the selection touches (0 body text, 1 "(a)", 2 "(i)", 3 "a."). */
    public void setLevel(int level) {
        changeLevels(style -> ParStyle.of(level));
    }

    /** Moves every paragraph the selection touches one level in (1) or out (-1). */
    public void shiftLevel(int delta) {
        changeLevels(style -> style.shifted(delta));
    }

    private void changeLevels(UnaryOperator<ParStyle> change) {
        IndexRange selection = getSelection();
        int first = TypingAids.position(this, selection.getStart())[0];
        int last = TypingAids.position(this, selection.getEnd())[0];
        endTypingGroup();
        for (int i = first; i <= last; i++) {
            ParStyle old = getParagraph(i).getParagraphStyle();
            ParStyle next = change.apply(old);
            if (!next.equals(old)) {
                setParagraphStyle(i, next);
            }
        }
        endTypingGroup();
        selectRange(selection.getStart(), selection.getEnd());
    }

    // ---- footnotes -----------------------------------------------------------------------------------------

    /** Inserts an empty footnote after the selection and opens it for its text. */
    public FootnoteSegment insertFootnote() {
        FootnoteSegment footnote = FootnoteSegment.of(new FootnoteMark(List.of()));
        int position = getSelection().getEnd();
        ParStyle paragraphStyle = getParagraph(TypingAids.position(this, position)[0]).getParagraphStyle();
        endTypingGroup();
        replace(position, position, ReadOnlyStyledDocument.fromSegment(Either.right(footnote), paragraphStyle,
                TextStyle.PLAIN, getSegOps()));
        endTypingGroup();
        moveTo(position + 1);
        requestFollowCaret();
        onEditFootnote.get().accept(footnote);
        return footnote;
    }

    /** The footnote calls in the order of the text. */
    public List<FootnoteSegment> footnotes() {
        return numbering.get().footnotes();
    }

    /** The footnote's number in the document, or 0 when it is no longer in the text. */
    public int footnoteNumber(FootnoteSegment footnote) {
        Integer index = numbering.get().order().get(footnote);
        return index == null ? 0 : firstFootnoteNumber.get() + index;
    }

    /** Gives a footnote new text (merging with typing in the footnote); returns the call that now stands in its place. */
    public FootnoteSegment replaceFootnote(FootnoteSegment footnote, FootnoteMark mark) {
        int offset = offsetOf(footnote);
        if (offset < 0 || mark.equals(footnote.mark())) {
            return footnote;
        }
        FootnoteSegment replacement = FootnoteSegment.of(mark);
        ParStyle paragraphStyle = getParagraph(TypingAids.position(this, offset)[0]).getParagraphStyle();
        IndexRange selection = getSelection();
        replace(offset, offset + 1, ReadOnlyStyledDocument.fromSegment(Either.right(replacement), paragraphStyle,
                TextStyle.PLAIN, getSegOps()));
        selectRange(selection.getStart(), selection.getEnd());
        return replacement;
    }

    /** Removes a footnote call and its text (one undo step). */
    public void removeFootnote(FootnoteSegment footnote) {
        int offset = offsetOf(footnote);
        if (offset >= 0) {
            endTypingGroup();
            deleteText(offset, offset + 1);
            endTypingGroup();
        }
    }

    /** Where the call stands in the area's text, or -1. */
    public int offsetOf(FootnoteSegment footnote) {
        int start = 0;
        for (var paragraph : getParagraphs()) {
            int offset = start;
            for (Either<String, FootnoteSegment> segment : paragraph.getSegments()) {
                if (segment.isRight() && segment.getRight() == footnote) {
                    return offset;
                }
                offset += getSegOps().length(segment);
            }
            start += paragraph.length() + 1;
        }
        return -1;
    }

    // ---- links ---------------------------------------------------------------------------------------------

    /**
     * Ctrl+K: asks for the address of a link over the selection (or the symbol or link at the caret). A well-formed
     * document symbol suggests its ODS address; an existing link suggests itself.
     */
    public void makeLink() {
        IndexRange range = linkTarget();
        if (range.getLength() == 0) {
            return;
        }
        String current = sharedLink(range);
        String suggested = current != null ? current
                : symbolIn(range).map(DocumentSymbol::odsAddress).orElse("https://");
        linkPrompt.get().ask(this, suggested).ifPresent(address -> {
            if (!address.isBlank() && !LinkTargets.isAllowed(address)) {
                onMessage.get().accept("Not linked: " + LinkTargets.refusal(address));
                return;
            }
            styling.apply(range, style -> style.withLink(address.isBlank() ? null : address.strip()));
            selectRange(range.getStart(), range.getEnd());
        });
    }

    /**
     * Ctrl+click on a link: opens its address when {@link LinkTargets} allows it, after asking when it is not a
     * United Nations address; otherwise says why it does not. A received file may link anywhere (a local file, a
     * script, a share), so the target is never handed to the desktop unchecked. True when it was opened.
     */
    public boolean openLink(String target) {
        Optional<String> address = LinkTargets.address(target);
        if (address.isEmpty()) {
            onMessage.get().accept("Not opened: " + LinkTargets.refusal(target));
            return false;
        }
        if (!LinkTargets.isUnAddress(address.get()) && !linkConfirmation.get().confirm(this, address.get())) {
            return false;
        }
        onOpenLink.get().accept(address.get());
        return true;
    }

    /** Links the document symbol selected or at the caret to its ODS address; false when there is none. */
    public boolean linkSymbol() {
        Optional<IndexRange> symbol = symbolRange();
        symbol.ifPresent(range -> {
            String address = DocumentSymbol.odsAddress(getText(range.getStart(), range.getEnd()));
            styling.apply(range, style -> style.withLink(address));
        });
        return symbol.isPresent();
    }

    /** The well-formed symbol in the selection, or the symbol around the caret, as a range of the area. */
    public Optional<IndexRange> symbolRange() {
        IndexRange selection = getSelection();
        int[] start = TypingAids.position(this, selection.getStart());
        int[] end = TypingAids.position(this, selection.getEnd());
        if (start[0] != end[0]) {
            return Optional.empty();
        }
        int paragraphStart = selection.getStart() - start[1];
        return SymbolFinder.find(getText(start[0]), start[1], end[1])
                .map(found -> new IndexRange(paragraphStart + found.start(), paragraphStart + found.end()));
    }

    /** Removes the link from the selection, or from the whole link the caret is in. */
    public void removeLink() {
        IndexRange selection = getSelection();
        IndexRange range = selection.getLength() > 0 ? selection : linkAt(selection.getStart());
        styling.apply(range, style -> style.withLink(null));
    }

    private IndexRange linkTarget() {
        IndexRange selection = getSelection();
        if (selection.getLength() > 0) {
            return selection;
        }
        IndexRange link = linkAt(selection.getStart());
        if (link.getLength() > 0) {
            return link;
        }
        return symbolRange().orElse(selection);
    }

    /** The run of text around {@code offset} that carries one link address (across changes of bold or italic). */
    private IndexRange linkAt(int offset) {
        int[] at = TypingAids.position(this, offset);
        var paragraph = getParagraph(at[0]);
        int paragraphStart = offset - at[1];
        String link = null;
        int probe = at[1] < paragraph.length() ? at[1] : at[1] - 1;
        if (probe >= 0 && probe < paragraph.length()) {
            link = paragraph.getStyleOfChar(probe).link();
        }
        if (link == null) {
            return new IndexRange(offset, offset);
        }
        int from = probe;
        while (from > 0 && link.equals(paragraph.getStyleOfChar(from - 1).link())) {
            from--;
        }
        int to = probe + 1;
        while (to < paragraph.length() && link.equals(paragraph.getStyleOfChar(to).link())) {
            to++;
        }
        return new IndexRange(paragraphStart + from, paragraphStart + to);
    }

    private String sharedLink(IndexRange range) {
        List<String> links = getStyleSpans(range).styleStream().map(TextStyle::link).distinct().toList();
        return links.size() == 1 ? links.get(0) : null;
    }

    private Optional<String> symbolIn(IndexRange range) {
        String text = getText(range.getStart(), range.getEnd());
        return SymbolFinder.find(text, 0, text.length()).map(SymbolFinder.Found::symbol);
    }

    // ---- numbering -----------------------------------------------------------------------------------------

    /** Works the labels and footnote order out again when the levels or footnotes changed, or when {@code force}. */
    private void renumber(boolean force) {
        List<Integer> levels = new ArrayList<>();
        List<FootnoteSegment> footnotes = new ArrayList<>();
        for (var paragraph : getParagraphs()) {
            levels.add(paragraph.getParagraphStyle().level());
            for (Either<String, FootnoteSegment> segment : paragraph.getSegments()) {
                if (segment.isRight() && !segment.getRight().isEmpty()) {
                    footnotes.add(segment.getRight());
                }
            }
        }
        if (!force && numbering.get().sameAs(levels, footnotes)) {
            return;
        }
        List<String> labels = SubparagraphLabels.of(
                new RichText(levels.stream().map(level -> new Paragraph(level, List.of())).toList()), labelForms);
        Map<FootnoteSegment, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < footnotes.size(); i++) {
            order.putIfAbsent(footnotes.get(i), i);
        }
        numbering.set(new Numbering(List.copyOf(levels), labels, List.copyOf(footnotes), order));
    }

    // ---- rendering -----------------------------------------------------------------------------------------

    private static void applyParagraphStyle(TextFlow paragraph, ParStyle style) {
        if (!paragraph.getStyleClass().contains(style.styleClass())) {
            paragraph.getStyleClass().removeIf(name -> name.startsWith("level-"));
            paragraph.getStyleClass().add(style.styleClass());
        }
    }

    static void applyRunStyle(TextExt text, TextStyle style) {
        text.getStyleClass().add("segment");
        text.getStyleClass().addAll(StyleClasses.of(style));
        if (style.superscript()) {
            // TextFlow has no baseline shift: raise the smaller glyphs without changing the line's layout
            text.translateYProperty().bind(Bindings.createDoubleBinding(
                    () -> -text.getFont().getSize() * SUPERSCRIPT_RISE * 0.5, text.fontProperty()));
        }
    }

    /** Makes the nodes of segments and paragraph labels; knows its area once the area exists. */
    private static final class NodeFactory {
        private AnnotationArea area;

        Node create(StyledSegment<Either<String, FootnoteSegment>, TextStyle> segment) {
            Either<String, FootnoteSegment> content = segment.getSegment();
            if (content.isLeft()) {
                Node text = StyledTextArea.createStyledTextNode(content.getLeft(), segment.getStyle(),
                        AnnotationArea::applyRunStyle);
                String link = segment.getStyle().link();
                if (link != null) {
                    Tooltip tooltip = new Tooltip(LinkTargets.isAllowed(link) ? link + "\n(Ctrl+click to open)"
                            : Printable.of(link) + "\n(not a web or e-mail address: it does not open)");
                    tooltip.setShowDelay(Duration.millis(500));
                    Tooltip.install(text, tooltip);
                    text.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
                        if (event.getButton() == MouseButton.PRIMARY && event.isShortcutDown()) {
                            event.consume();
                            area.openLink(link);
                        }
                    });
                }
                return text;
            }
            return footnoteCall(content.getRight());
        }

        /** The superscript number of a footnote call; a click opens the footnote's text. */
        private Node footnoteCall(FootnoteSegment footnote) {
            Label call = new Label();
            call.getStyleClass().add("footnote-call");
            call.setCursor(Cursor.HAND);
            Tooltip tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(300));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            call.setTooltip(tooltip);
            InvalidationListener update = obs -> {
                int number = area.footnoteNumber(footnote);
                call.setText(number == 0 ? "" : Integer.toString(number));
                String text = footnote.isEmpty() ? "" : footnote.mark().plainText();
                tooltip.setText("Footnote " + number + ": " + (text.isBlank() ? "(no text yet)" : text)
                        + "\nClick to edit its text.");
            };
            listen(call, update);
            call.setOnMouseClicked(event -> {
                event.consume();
                area.onEditFootnote.get().accept(footnote);
            });
            return call;
        }

        /** The derived label of paragraph {@code index}, in its column ({@link LabelColumn}). */
        Node paragraphLabel(int index) {
            Label label = new Label();
            label.getStyleClass().add("subparagraph-label");
            label.setMinWidth(Label.USE_PREF_SIZE);
            InvalidationListener update = obs -> {
                Numbering current = area.numbering.get();
                label.setText(current.label(index));
                // only a new level touches the style classes: a changed list restyles the label
                String level = "level-" + current.level(index);
                if (!label.getStyleClass().contains(level)) {
                    label.getStyleClass().removeIf(name -> name.startsWith("level-"));
                    label.getStyleClass().add(level);
                }
            };
            listen(label, update);
            return new LabelColumn(label, area.labelsOnTheRight);
        }

        /** Follows the numbering while the node lives (weakly: a node the area drops is not kept alive). */
        private void listen(Node node, InvalidationListener update) {
            node.getProperties().put(InvalidationListener.class, update);
            area.numbering.addListener(new WeakInvalidationListener(update));
            area.firstFootnoteNumber.addListener(new WeakInvalidationListener(update));
            update.invalidated(null);
        }
    }
}
