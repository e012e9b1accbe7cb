package org.agendum.importing.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendum.model.AgendaPunctuation;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.Inline;
import org.agendum.model.Paragraph;

/**
 * The annotations: after their heading ("Annotations", "II. Annotations to the Provisional Agenda") or straight after
 * the list, each item's heading, its paragraphs and its "Documentation" list, up to the annex.
 *
 * <p>A heading is matched to its item by its number ("1.", "(a)" under the last numbered heading, "Item 6", "Item 1:
 * Opening of the Conference"), and accepted when it reads as a heading: the item's title, a shorter or longer form of
 * it, bold, or a short line that ends with no punctuation. Where it differs from the list's title it is kept as the item's
 * own heading. A heading without a number that is an item's title names that item too. Headings follow the list's
 * order: a number or a title that would name the current item or an earlier one is text. Other text is the current
 * item's: "(a)", "(i)" and "a." start subparagraphs of levels 1, 2 and 3; a number starts a numbered paragraph, whose
 * number the model does not keep. Under "Documentation" each paragraph is an entry, its symbol in the brackets at its
 * end.
 */
final class AnnotationsReader {
    private static final Pattern ITEM_HEADING = Pattern.compile(
            "Item (\\d{1,3}(?: ?\\([a-z]{1,4}\\))*)(?:\\s*[:.\u2013\u2014-]\\s*(.*))?");
    private static final int LONGEST_LOOSE_HEADING = 150;
    // (a heading is matched by number first, so a short line is taken as one only where an item has that number)

    private final List<DraftItem> roots;
    private final List<DraftItem> all = new ArrayList<>();
    /** The items by their path of ordinals, and by their title's words in lower case: a long agenda stays linear. */
    private final Map<List<Integer>, DraftItem> byPath = new HashMap<>();
    private final Map<String, DraftItem> byTitle = new HashMap<>();
    /** With no list, the headings make the items (an addendum of annotations alone). */
    private final boolean makesItems;
    private final Reporter reporter;
    private final VersionWording wording;
    private DraftItem current;
    private boolean inDocumentation;
    /** The ordinals of the last subparagraphs of levels 1 and 2, and the last paragraph's level: "(i)" after "(h)". */
    private int lastLetter;
    private int lastRoman;
    private int lastLevel;

    AnnotationsReader(List<DraftItem> roots, boolean makesItems, Reporter reporter) {
        this.roots = roots;
        this.makesItems = makesItems;
        this.reporter = reporter;
        this.wording = reporter.wording();
        collect(roots);
    }

    private void collect(List<DraftItem> items) {
        for (DraftItem item : items) {
            add(item);
            collect(item.children);
        }
    }

    private void add(DraftItem item) {
        all.add(item);
        byPath.put(item.path, item);
        byTitle.putIfAbsent(words(item.title), item);
    }

    private static String words(String text) {
        return AgendaPunctuation.heading(text).toLowerCase(Locale.ROOT);
    }

    /** Reads from {@code from} to the annex (a table, or "Annex"); returns where the annex starts. */
    int read(List<Unit> units, int from) {
        for (int i = from; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (reporter.isAccounted(unit)) {
                continue; // the job line, kept apart where a page broke
            }
            if (unit.isTable() || AgendaListReader.isAnnex(unit, wording) || wording.isAnnexTitle(unit.text())) {
                return i;
            }
            String text = unit.text();
            if (text.isEmpty() && unit.paragraph().footnotes().isEmpty()) {
                continue;
            }
            if (wording.isAnnotationsHeading(text)) {
                reporter.recognized(unit, "The heading over the annotations");
                continue;
            }
            if (wording.isDocumentation(text)) {
                if (current == null) {
                    reporter.notPlaced(unit, "A \u201CDocumentation\u201D heading before any item's annotation");
                } else {
                    inDocumentation = true;
                    reporter.recognized(unit, "The \u201CDocumentation\u201D heading of item " + current.reference(),
                            current.id());
                }
                continue;
            }
            if (heading(unit)) {
                continue;
            }
            if (current == null) {
                reporter.notPlaced(unit, "Before the first item's annotation heading");
            } else if (inDocumentation) {
                documentation(unit);
            } else {
                paragraph(unit);
            }
        }
        return units.size();
    }

    private boolean heading(Unit unit) {
        String text = unit.text();
        Matcher item = ITEM_HEADING.matcher(text);
        if (item.matches()) {
            DraftItem found = byReference(item.group(1));
            if (found != null) {
                take(unit, found, text);
                return true;
            }
        }
        Optional<ListLabel> label = ListLabel.of(unit, wording);
        if (label.isPresent()) {
            List<Integer> path = current == null ? List.of() : current.path;
            List<List<Integer>> candidates = new ArrayList<>();
            label.get().next(path).ifPresent(candidates::add);
            candidates.addAll(label.get().byForm(path));
            for (List<Integer> candidate : candidates) {
                DraftItem found = byPath.get(candidate);
                if (found != null && !afterCurrent(found)) {
                    continue;
                }
                String rest = label.get().rest().strip();
                if (found != null && runsIntoParagraph(rest, found.title)) {
                    takeRunIn(unit, found);
                    return true;
                }
                if (found != null && readsAsHeading(unit, rest, found.title)) {
                    take(unit, found, rest);
                    return true;
                }
                DraftItem parent = candidate.size() == 1 ? null : byPath.get(candidate.subList(0, candidate.size() - 1));
                if (found == null && makesItems && readsAsHeading(unit, rest, "")
                        && (candidate.size() == 1 || parent != null)) {
                    DraftItem made = new DraftItem(candidate, AgendaPunctuation.heading(rest), "");
                    (parent == null ? roots : parent.children).add(made);
                    add(made);
                    take(unit, made, rest);
                    return true;
                }
            }
            return false;
        }
        DraftItem titled = text.length() <= LONGEST_LOOSE_HEADING ? byTitle.get(words(text)) : null;
        if (titled != null && afterCurrent(titled)) {
            take(unit, titled, text);
            return true;
        }
        return false;
    }

    /**
     * Whether the item comes after the one being annotated: the annotations follow the list's order, so a label or a
     * title that names the current item or one before it is the current item's text (a subparagraph "(a)" that starts
     * with an earlier sub-item's title), not a heading. "Item 6" names its item outright and is not held to this.
     */
    private boolean afterCurrent(DraftItem item) {
        if (current == null) {
            return true;
        }
        List<Integer> a = item.path;
        List<Integer> b = current.path;
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            if (!a.get(k).equals(b.get(k))) {
                return a.get(k) > b.get(k);
            }
        }
        return a.size() > b.size(); // a sub-item comes after its parent
    }

    /** The annotation goes on under this item now, from its first paragraph. */
    private void enter(DraftItem item) {
        current = item;
        inDocumentation = false;
        lastLetter = 0;
        lastRoman = 0;
        lastLevel = 0;
    }

    private void take(Unit unit, DraftItem item, String headingText) {
        enter(item);
        String heading = AgendaPunctuation.heading(headingText);
        boolean own = !sameWords(heading, item.title) && !heading.isEmpty();
        if (own) {
            item.heading = heading;
        }
        reporter.recognized(unit, "The annotation heading of item " + item.reference()
                + (own ? ", kept as its own heading (the list's title differs)" : ""), item.id());
    }

    /**
     * A heading a copy's line breaks ran into the first paragraph under it: the item's title, then a sentence that
     * starts with a capital.
     */
    private static boolean runsIntoParagraph(String rest, String title) {
        String heading = AgendaPunctuation.heading(title);
        return !heading.isEmpty() && rest.length() > heading.length() + 1 && rest.startsWith(heading + " ")
                && Character.isUpperCase(rest.codePointAt(heading.length() + 1));
    }

    /** Splits a heading run into its paragraph: the heading for the item, the rest its first paragraph. */
    private void takeRunIn(Unit unit, DraftItem item) {
        enter(item);
        List<Inline> inlines = Inlines.stripped(unit.paragraph().inlines());
        String visible = Inlines.visible(inlines);
        int headingEnd = visible.indexOf(AgendaPunctuation.heading(item.title))
                + AgendaPunctuation.heading(item.title).length();
        current.paragraphs.add(new Paragraph(0, Inlines.withoutPrefix(inlines, headingEnd)));
        reporter.recognized(unit, "The annotation heading of item " + item.reference() + " with its first paragraph,"
                + " run together by the copy's line breaks: split after the title", item.id());
    }

    /**
     * The item's title; or bold; or a line short enough for a heading that ends with no punctuation, such as a shorter
     * or longer form of the title ("Opening of the sixth session" for "… of the Conference").
     */
    private boolean readsAsHeading(Unit unit, String rest, String title) {
        String heading = AgendaPunctuation.heading(rest);
        if (heading.isEmpty()) {
            return false;
        }
        if (heading.equalsIgnoreCase(AgendaPunctuation.heading(title)) || unit.paragraph().isAllBold()) {
            return true;
        }
        char last = rest.strip().charAt(rest.strip().length() - 1);
        return rest.length() <= LONGEST_LOOSE_HEADING && wording.listMarks().indexOf(last) < 0
                && unit.paragraph().footnotes().isEmpty();
    }

    private static boolean sameWords(String a, String b) {
        return AgendaPunctuation.heading(a).equalsIgnoreCase(AgendaPunctuation.heading(b));
    }

    private DraftItem byReference(String reference) {
        String normal = reference.replaceAll(" ?\\(", " (");
        for (DraftItem item : all) {
            if (item.reference().equals(normal)) {
                return item;
            }
        }
        return null; // only for "Item 6" headings, which are few
    }

    private void paragraph(Unit unit) {
        Optional<ListLabel> label = ListLabel.of(unit, wording);
        int level = 0;
        String sentence = "An annotation paragraph of item " + current.reference();
        List<Inline> inlines = Inlines.stripped(unit.paragraph().inlines());
        if (label.isPresent()) {
            if (label.get().isNumber()) {
                reporter.guessed(unit, "A numbered annotation paragraph of item " + current.reference()
                        + ": its number \u201C" + label.get().label() + "\u201D is left out (Agendum does not number"
                        + " annotation paragraphs)", current.id());
            } else {
                level = label.get().ordinalAt(3) > 0 && label.get().ordinalAt(1) == 0 && label.get().ordinalAt(2) == 0
                        ? 3 : subparagraphLevel(label.get());
                if (level == 1) {
                    lastLetter = label.get().ordinalAt(1);
                    lastRoman = 0;
                } else if (level == 2) {
                    lastRoman = label.get().ordinalAt(2);
                }
                sentence = "A subparagraph " + label.get().label() + " (level " + level + ") of item "
                        + current.reference();
            }
            if (unit.paragraph().listLabel().isBlank()) {
                inlines = Inlines.withoutTypedLabel(inlines, wording);
            }
        }
        if (level == 0) {
            lastLetter = 0;
            lastRoman = 0;
        }
        lastLevel = level;
        current.paragraphs.add(new Paragraph(level, inlines));
        if (!label.isPresent() || !label.get().isNumber()) {
            reporter.recognized(unit, sentence, current.id());
        }
    }

    /**
     * "(b)" after "(a)" is a letter, "(i)" after "(a)" a roman numeral, "(ii)" after "(i)" too; "(i)" after "(h)" is a
     * letter. A label that follows none of these is a roman numeral after a subparagraph only if it can be one.
     */
    private int subparagraphLevel(ListLabel label) {
        boolean nextLetter = label.ordinalAt(1) == lastLetter + 1;
        boolean asRoman = lastLevel >= 1 && label.ordinalAt(2) == lastRoman + 1;
        if (nextLetter && asRoman) {
            return lastLetter == 8 ? 1 : 2;
        }
        if (asRoman) {
            return 2;
        }
        if (nextLetter || label.ordinalAt(2) == 0) {
            return 1;
        }
        return lastLevel >= 1 ? 2 : 1;
    }

    /** "Background paper … (CTOC/COP/WG.4/2018/2)": the description, and the symbol in the brackets at the end. */
    private void documentation(Unit unit) {
        String text = unit.text();
        int close = text.lastIndexOf(')');
        String end = close < 0 ? "" : text.substring(close + 1).strip();
        int open = close < 0 ? -1 : opening(text, close);
        if (close >= 0 && (end.isEmpty() || end.equals(".") || end.equals(";")) && open >= 0) {
            String symbol = text.substring(open + 1, close).strip();
            if (DocumentSymbol.isWellFormed(symbol)) {
                current.documentation.add(new DocumentationEntry(text.substring(0, open).strip(), symbol));
                reporter.recognized(unit, "A Documentation entry of item " + current.reference(), current.id());
                return;
            }
        }
        if (DocumentSymbol.isWellFormed(text)) {
            current.documentation.add(new DocumentationEntry("", text));
            reporter.recognized(unit, "A Documentation entry of item " + current.reference() + " (a symbol alone)",
                    current.id());
            return;
        }
        current.documentation.add(new DocumentationEntry(text, ""));
        reporter.guessed(unit, "A Documentation entry of item " + current.reference()
                + " without a symbol in brackets at its end: kept whole as the description", current.id());
    }

    /** The bracket that opens the one closing at {@code close}, counting nested pairs ("A/80/6 (Sect. 16)"). */
    private static int opening(String text, int close) {
        int depth = 0;
        for (int k = close; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }
}
