package org.agendum.trackedchanges;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A changed paragraph shown word by word, as an officer reads a correction: the words that stay, the removed ones
 * in {@code w:del}, the added ones in {@code w:ins}, and a word that stays but whose run's format changed (made bold,
 * no longer italic) with its old format in a {@code w:rPrChange}. The words are compared by their text alone, so a
 * change of format is not a deletion and an insertion. Only for paragraphs of plain runs (formatting, text, tabs);
 * one with a footnote, a link or a field is shown as a whole deleted and a whole inserted paragraph instead.
 */
final class WordDiff {
    private static final Set<String> PLAIN_RUN_CONTENT = Set.of("rPr", "t", "tab");
    private static final Pattern CHUNKS = Pattern.compile("\\s+|[^\\s]+");
    /** Marks that open or close a word; each is a token of its own, so "work." against "agenda." changes one word. */
    private static final String OPENING = "([“‘\"'";
    private static final String CLOSING = ".,;:!?)]”’\"'";
    private static final String TAB = "\t";

    /** A word, a space or a tab, with the format of its run (its key, "" for none, and its {@code w:rPr}). */
    private record Token(String format, Element formatElement, String text) {
    }

    private enum Kind { SAME, DELETED, INSERTED }

    /**
     * A token of the tracked paragraph: for {@code SAME} the new version's, {@code was} the old version's same word
     * (its format may differ); for a deletion the old one's and for an insertion the new one's, {@code was} itself.
     */
    private record Piece(Kind kind, Token token, Token was) {
        Piece(Kind kind, Token token) {
            this(kind, token, token);
        }

        /** The same word in another format: written with a {@code w:rPrChange}. */
        boolean restyled() {
            return kind == Kind.SAME && !token.format.equals(was.format);
        }
    }

    private WordDiff() {
    }

    static boolean plain(Element paragraph) {
        for (Element child : WordXml.children(paragraph)) {
            if (WordXml.is(child, "pPr")) {
                continue;
            }
            if (!WordXml.is(child, "r") || !WordXml.children(child).stream().allMatch(content ->
                    PLAIN_RUN_CONTENT.stream().anyMatch(name -> WordXml.is(content, name)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The new paragraph with the old one's removed words put back as deletions and its added words as insertions.
     *
     * @param old the old paragraph, already imported into the new document
     */
    static Element paragraph(Element old, ExportedPackage oldPackage, Element now, ExportedPackage newPackage,
                             ChangeMarks marks) {
        List<Token> was = tokens(old, oldPackage);
        List<Token> is = tokens(now, newPackage);
        List<Piece> pieces = new ArrayList<>();
        int o = 0;
        int n = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(keys(was), keys(is)).getDeltas()) {
            for (; o < delta.getSource().getPosition(); o++, n++) {
                pieces.add(new Piece(Kind.SAME, is.get(n), was.get(o)));
            }
            for (int i = 0; i < delta.getSource().size(); i++, o++) {
                pieces.add(new Piece(Kind.DELETED, was.get(o)));
            }
            for (int i = 0; i < delta.getTarget().size(); i++, n++) {
                pieces.add(new Piece(Kind.INSERTED, is.get(n)));
            }
        }
        for (; n < is.size(); n++, o++) {
            pieces.add(new Piece(Kind.SAME, is.get(n), was.get(o)));
        }
        WordXml.children(now).stream().filter(child -> !WordXml.is(child, "pPr")).forEach(now::removeChild);
        write(now, joined(pieces), marks);
        return now;
    }

    /**
     * Two changes with only spaces and punctuation between them become one ("~~Monday, 2~~ Tuesday, 3", not
     * "~~Monday~~ Tuesday, ~~2~~ 3"), as a reader takes them in: what is between is deleted and inserted with them,
     * deletions first.
     */
    private static List<Piece> joined(List<Piece> pieces) {
        List<Piece> result = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            if (pieces.get(i).kind == Kind.SAME) {
                result.add(pieces.get(i++));
                continue;
            }
            List<Piece> deleted = new ArrayList<>();
            List<Piece> inserted = new ArrayList<>();
            while (i < pieces.size()) {
                Piece piece = pieces.get(i);
                if (piece.kind == Kind.DELETED) {
                    deleted.add(piece);
                    i++;
                } else if (piece.kind == Kind.INSERTED) {
                    inserted.add(piece);
                    i++;
                } else if (filler(piece) && changeFollows(pieces, i)) {
                    // each version's own format: Reject All gives the old one back
                    deleted.add(new Piece(Kind.DELETED, piece.was));
                    inserted.add(new Piece(Kind.INSERTED, piece.token));
                    i++;
                } else {
                    break;
                }
            }
            result.addAll(deleted);
            result.addAll(inserted);
        }
        return result;
    }

    /** A space or a punctuation mark that stays between changes (not a tab: it is the paragraph's layout). */
    private static boolean filler(Piece piece) {
        String text = piece.token.text;
        return piece.kind == Kind.SAME && !TAB.equals(text) && (text.isBlank()
                || text.length() == 1 && (OPENING + CLOSING).indexOf(text.charAt(0)) >= 0);
    }

    private static boolean changeFollows(List<Piece> pieces, int from) {
        int next = from;
        while (next < pieces.size() && filler(pieces.get(next))) {
            next++;
        }
        return next < pieces.size() && pieces.get(next).kind != Kind.SAME;
    }

    /** The text alone: a word only made bold is the same word, its format change written apart. */
    private static List<String> keys(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    private static List<Token> tokens(Element paragraph, ExportedPackage from) {
        List<Token> tokens = new ArrayList<>();
        for (Element run : WordXml.children(paragraph, "r")) {
            Element properties = WordXml.child(run, "rPr");
            // an empty w:rPr formats nothing: not a change of format against none
            Element format = properties != null && WordXml.children(properties).isEmpty() ? null : properties;
            String formatKey = format == null ? "" : BlockKey.of(format, from);
            for (Element content : WordXml.children(run)) {
                if (WordXml.is(content, "tab")) {
                    tokens.add(new Token(formatKey, format, TAB));
                } else if (WordXml.is(content, "t")) {
                    words(content.getTextContent()).forEach(word -> tokens.add(new Token(formatKey, format, word)));
                }
            }
        }
        return tokens;
    }

    /**
     * The words, spaces and punctuation of a text: a word's opening and closing marks apart from it, what is inside
     * whole (a document symbol such as CTOC/COP/WG.4/2018/2 changes as one word).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher chunks = CHUNKS.matcher(text);
        while (chunks.find()) {
            String chunk = chunks.group();
            int start = 0;
            int end = chunk.length();
            while (start < end && OPENING.indexOf(chunk.charAt(start)) >= 0) {
                words.add(String.valueOf(chunk.charAt(start++)));
            }
            List<String> closing = new ArrayList<>();
            while (end > start && CLOSING.indexOf(chunk.charAt(end - 1)) >= 0) {
                closing.add(0, String.valueOf(chunk.charAt(--end)));
            }
            if (end > start) {
                words.add(chunk.substring(start, end));
            }
            words.addAll(closing);
        }
        return words;
    }

    /**
     * Neighbouring pieces of one kind and format (and old format) make one run; neighbouring changed runs share one
     * mark.
     */
    private static void write(Element paragraph, List<Piece> pieces, ChangeMarks marks) {
        Element mark = null;
        Kind markKind = null;
        for (int start = 0; start < pieces.size(); ) {
            Piece first = pieces.get(start);
            int end = start + 1;
            while (end < pieces.size() && pieces.get(end).kind == first.kind
                    && Objects.equals(pieces.get(end).token.format, first.token.format)
                    && Objects.equals(pieces.get(end).was.format, first.was.format)) {
                end++;
            }
            Element run = run(marks.document(), pieces.subList(start, end), first.kind == Kind.DELETED);
            if (first.restyled()) {
                restyle(run, first.was.formatElement, marks);
            }
            if (first.kind == Kind.SAME) {
                paragraph.appendChild(run);
                mark = null;
            } else {
                if (mark == null || markKind != first.kind) {
                    mark = marks.mark(first.kind == Kind.DELETED ? ChangeMarks.DELETED : ChangeMarks.INSERTED);
                    markKind = first.kind;
                    paragraph.appendChild(mark);
                }
                mark.appendChild(run);
            }
            start = end;
        }
    }

    private static Element run(Document document, List<Piece> pieces, boolean deleted) {
        Element run = WordXml.element(document, "r");
        Element format = pieces.get(0).token.formatElement;
        if (format != null) {
            run.appendChild(document.importNode(format, true));
        }
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            if (TAB.equals(piece.token.text)) {
                flush(run, text, deleted);
                run.appendChild(WordXml.element(document, "tab"));
            } else {
                text.append(piece.token.text);
            }
        }
        flush(run, text, deleted);
        return run;
    }

    /**
     * The run's old format recorded in a {@code w:rPrChange}, the last child of its {@code w:rPr} as the schema
     * orders them: Accept All keeps the new format, Reject All puts the old one back.
     */
    private static void restyle(Element run, Element oldFormat, ChangeMarks marks) {
        Document document = marks.document();
        Element format = WordXml.child(run, "rPr");
        if (format == null) {
            format = WordXml.element(document, "rPr");
            run.insertBefore(format, run.getFirstChild());
        }
        format.appendChild(marks.formatChange(oldFormat));
    }

    private static void flush(Element run, StringBuilder text, boolean deleted) {
        if (text.isEmpty()) {
            return;
        }
        Element t = WordXml.element(run.getOwnerDocument(), deleted ? "delText" : "t");
        t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
        t.setTextContent(text.toString());
        run.appendChild(t);
        text.setLength(0);
    }
}
