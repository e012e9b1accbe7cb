package org.agendum.importing.word;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.importing.source.ImportException;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.TextRun;
import org.agendum.typography.LinkTargets;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The inline content of one paragraph as the model's runs: text with the formatting Word gives it (defaults,
 * paragraph style, character style, the run's own), links (hyperlinks to external addresses, HYPERLINK fields),
 * footnote calls with their notes' text, tracked changes as accepted, the results of fields but not page numbers,
 * and the text of content controls, smart tags and math. Text boxes met on the way are handed back to be read
 * as blocks of their own.
 */
final class ParagraphContent {
    static final int MAX_DEPTH = 64;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /** Where footnote calls get their notes' text. */
    interface NoteSource {
        FootnoteMark note(String id, boolean endnote, boolean customMark) throws ImportException;
    }

    private final WordStyles styles;
    private final ReadingNotes notes;
    private final NoteSource noteSource;
    private final PackagePart part;
    private final List<Inline> out = new ArrayList<>();
    private final List<Element> textBoxes = new ArrayList<>();
    private final Deque<Field> fields = new ArrayDeque<>();
    private Formatting paragraphFormatting = Formatting.NONE;
    private boolean skipCustomMark;
    /** After a custom mark's first run: Agendum writes "**" as a run for each asterisk, all of them the mark. */
    private boolean inCustomMark;

    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean separated;

        String code() {
            String trimmed = instruction.toString().strip();
            int space = trimmed.indexOf(' ');
            return (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
        }

        boolean isPageNumber() {
            String code = code();
            return code.equals("PAGE") || code.equals("NUMPAGES") || code.equals("SECTIONPAGES");
        }

        String link() {
            return code().equals("HYPERLINK") ? hyperlinkTarget(instruction.toString()) : null;
        }
    }

    ParagraphContent(WordStyles styles, ReadingNotes notes, NoteSource noteSource, PackagePart part) {
        this.styles = styles;
        this.notes = notes;
        this.noteSource = noteSource;
        this.part = part;
    }

    /** Reads a paragraph's content with its style's formatting; the runs and the text boxes found are kept. */
    List<Inline> read(Element paragraph, String paragraphStyleId) throws ImportException {
        out.clear();
        textBoxes.clear();
        fields.clear();
        skipCustomMark = false;
        inCustomMark = false;
        paragraphFormatting = styles.paragraphFormatting(paragraphStyleId);
        inline(paragraph, null, 0);
        return List.copyOf(out);
    }

    /** The text boxes (w:txbxContent) the last paragraph anchors, in order. */
    List<Element> textBoxes() {
        return List.copyOf(textBoxes);
    }

    private void inline(Element parent, String link, int depth) throws ImportException {
        if (depth > MAX_DEPTH) {
            throw tooDeep();
        }
        for (Element child : Ooxml.children(parent)) {
            if (!Ooxml.isWord(child)) {
                foreign(child, link, depth);
                continue;
            }
            switch (child.getLocalName()) {
                case "r" -> run(child, link, depth);
                case "hyperlink" -> {
                    String id = Ooxml.relationshipId(child, "id");
                    String target = id == null ? null : allowed(WordPackage.externalTarget(part, id).orElse(null));
                    inline(child, target != null ? target : link, depth + 1);
                }
                case "ins", "moveTo" -> {
                    notes.insertion();
                    inline(child, link, depth + 1);
                }
                case "del", "moveFrom" -> notes.deletion();
                case "sdt" -> {
                    Element content = Ooxml.child(child, "sdtContent");
                    if (content != null) {
                        inline(content, link, depth + 1);
                    }
                }
                case "smartTag", "customXml", "dir", "bdo" -> inline(child, link, depth + 1);
                case "fldSimple" -> simpleField(child, link, depth);
                case "commentReference" -> notes.comment();
                default -> {
                    // properties, bookmarks, proofing marks, comment ranges: nothing to read
                }
            }
        }
    }

    private void simpleField(Element field, String link, int depth) throws ImportException {
        Field simple = new Field();
        simple.instruction.append(Ooxml.attribute(field, "instr") == null ? "" : Ooxml.attribute(field, "instr"));
        if (simple.isPageNumber()) {
            notes.pageField();
            return;
        }
        String fieldLink = allowed(simple.link());
        inline(field, fieldLink != null ? fieldLink : link, depth + 1);
    }

    /** Markup compatibility (mc:AlternateContent: its first choice) and math (m:t text); drawings elsewhere. */
    private void foreign(Element element, String link, int depth) throws ImportException {
        String name = element.getLocalName();
        if (Ooxml.MC.equals(element.getNamespaceURI()) && "AlternateContent".equals(name)) {
            for (Element choice : Ooxml.children(element)) {
                if ("Choice".equals(choice.getLocalName()) || "Fallback".equals(choice.getLocalName())) {
                    inline(choice, link, depth + 1);
                    return;
                }
            }
        } else if ("oMath".equals(name) || "oMathPara".equals(name)) {
            text(mathText(element), link, paragraphFormatting);
        }
    }

    private static String mathText(Element math) {
        StringBuilder text = new StringBuilder();
        for (Node node = math.getFirstChild(); node != null; node = next(node, math)) {
            if (node instanceof Element element && "t".equals(element.getLocalName())) {
                text.append(element.getTextContent());
            }
        }
        return text.toString();
    }

    /** Depth-first successor of {@code node} inside {@code root}, or null at the end. */
    private static Node next(Node node, Node root) {
        return node.getFirstChild() != null ? node.getFirstChild() : skip(node, root);
    }

    private void run(Element run, String link, int depth) throws ImportException {
        Element properties = Ooxml.child(run, "rPr");
        Formatting formatting = paragraphFormatting
                .over(styles.characterFormatting(Ooxml.val(Ooxml.child(properties, "rStyle")))).over(properties);
        for (Element child : Ooxml.children(run)) {
            if (!Ooxml.isWord(child)) {
                if (Ooxml.MC.equals(child.getNamespaceURI())) {
                    collectTextBoxes(child);
                }
                continue;
            }
            switch (child.getLocalName()) {
                case "t" -> text(withoutDirectionMarks(child.getTextContent()), link, formatting);
                case "tab", "ptab" -> text("\t", link, formatting);
                case "br", "cr" -> text("\n", link, formatting);
                case "noBreakHyphen" -> text("\u2011", link, formatting);
                case "sym" -> text(symbol(child), link, formatting);
                case "fldChar" -> fieldCharacter(child);
                case "instrText" -> {
                    if (!fields.isEmpty() && !fields.peek().separated) {
                        fields.peek().instruction.append(child.getTextContent());
                    }
                }
                case "footnoteReference", "endnoteReference" -> noteCall(child);
                case "drawing", "pict", "object" -> collectTextBoxes(child);
                default -> {
                    // deleted text, the note's own mark, separators, rendered page breaks: nothing to read
                }
            }
        }
    }

    private void noteCall(Element reference) throws ImportException {
        boolean endnote = "endnoteReference".equals(reference.getLocalName());
        boolean customMark = Ooxml.isOn(Ooxml.attribute(reference, "customMarkFollows"));
        if (endnote) {
            notes.endnote();
        }
        String id = Ooxml.attribute(reference, "id");
        if (id != null) {
            out.add(noteSource.note(id, endnote, customMark));
        }
        // a custom mark ("*") is typed as the text that follows: the model derives marks, so it is not text
        inCustomMark = false;
        skipCustomMark = customMark;
    }

    private void fieldCharacter(Element character) {
        String type = Ooxml.attribute(character, "fldCharType");
        if ("begin".equals(type)) {
            fields.push(new Field());
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            fields.peek().separated = true;
        } else if ("end".equals(type) && !fields.isEmpty() && fields.pop().isPageNumber()) {
            notes.pageField();
        }
    }

    /**
     * The text without left-to-right and right-to-left marks (U+200E, U+200F): invisible, they only steer the bidi
     * algorithm in the printed line, and Agendum's Arabic export puts them around Latin runs itself, so an imported
     * text holding them would print them twice and compare unequal to what the officer typed.
     */
    static String withoutDirectionMarks(String text) {
        return text.indexOf('\u200E') < 0 && text.indexOf('\u200F') < 0 ? text
                : text.replace("\u200E", "").replace("\u200F", "");
    }

    private void text(String text, String link, Formatting formatting) {
        if (text.isEmpty()) {
            return;
        }
        String fieldLink = null;
        for (Field field : fields) {
            if (!field.separated || field.isPageNumber()) {
                return;
            }
            if (fieldLink == null) {
                fieldLink = allowed(field.link());
            }
        }
        if (skipCustomMark) {
            skipCustomMark = false;
            inCustomMark = true;
            return;
        }
        if (inCustomMark && text.chars().allMatch(c -> c == '*')) {
            return;
        }
        inCustomMark = false;
        out.add(new TextRun(text, formatting.style(fieldLink != null ? fieldLink : link)));
    }

    private void collectTextBoxes(Element container) {
        for (Node node = container.getFirstChild(); node != null; ) {
            if (Ooxml.is(node, "txbxContent")) {
                textBoxes.add((Element) node);
                node = skip(node, container);
            } else if (node instanceof Element element && Ooxml.MC.equals(element.getNamespaceURI())
                    && "Fallback".equals(element.getLocalName())) {
                node = skip(node, container); // the same text box again, drawn for older readers
            } else {
                node = next(node, container);
            }
        }
    }

    /** The successor of {@code node} past its own subtree. */
    private static Node skip(Node node, Node root) {
        for (Node at = node; at != null && at != root; at = at.getParentNode()) {
            if (at.getNextSibling() != null) {
                return at.getNextSibling();
            }
        }
        return null;
    }

    /** A w:sym character; a symbol font's private-use code (F0xx) is read as the character xx. */
    private static String symbol(Element sym) {
        String code = Ooxml.attribute(sym, "char");
        try {
            int value = Integer.parseInt(code, 16);
            if (value >= 0xF020 && value <= 0xF0FF) {
                value -= 0xF000;
            }
            return Character.isValidCodePoint(value) ? Character.toString(value) : "";
        } catch (NumberFormatException | NullPointerException e) {
            return "";
        }
    }

    /**
     * The link target if a meeting may hold it ({@link LinkTargets}, as the window's links and the text reader's); a
     * file, a share or a script is noted for the report and the text stays plain: a received document is not trusted.
     */
    private String allowed(String target) {
        if (target == null || LinkTargets.isAllowed(target)) {
            return target;
        }
        notes.refusedLink(target);
        return null;
    }

    /** HYPERLINK "address" (a \l switch makes it a place in the document, which is no link for the model). */
    static String hyperlinkTarget(String instruction) {
        if (instruction.contains("\\l")) {
            return null;
        }
        Matcher quoted = QUOTED.matcher(instruction);
        return quoted.find() && !quoted.group(1).isBlank() ? quoted.group(1) : null;
    }

    static ImportException tooDeep() {
        return new ImportException("The Word document nests its content more than " + MAX_DEPTH + " levels deep "
                + "(a damaged or hostile file); it cannot be imported.");
    }
}
