package org.agendum.importing.word;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * A document's styles (styles.xml): names, the basedOn chains, and what a paragraph or character style gives by
 * inheritance (run formatting, alignment, indent, list numbering).
 *
 * <p>A style's name for the import is its id when the style is the template's own (custom: "SingleTxt", "H23",
 * "HChG", the names UN editors know, whereas Word shows "__Single Txt") and its name when it is one of Word's
 * built-in styles ("Normal", "heading 1", "footnote text"), whose ids Word translates ("Titre1").
 */
final class WordStyles {
    /** basedOn chains longer than this are broken files (or loops); the rest of the chain is ignored. */
    private static final int MAX_CHAIN = 32;

    private final Map<String, Element> byId = new HashMap<>();
    private final Element defaultRunProperties;
    private final Element defaultParagraphProperties;
    private final String defaultParagraphStyle;
    private final Map<String, Formatting> paragraphFormatting = new HashMap<>();
    private final Map<String, Formatting> characterFormatting = new HashMap<>();

    private WordStyles(Element root) {
        String defaultParagraph = null;
        if (root != null) {
            for (Element style : Ooxml.children(root, "style")) {
                String id = Ooxml.attribute(style, "styleId");
                if (id == null) {
                    continue;
                }
                byId.putIfAbsent(id, style);
                if ("paragraph".equals(Ooxml.attribute(style, "type")) && defaultParagraph == null
                        && Ooxml.isOn(Ooxml.attribute(style, "default"))) {
                    defaultParagraph = id;
                }
            }
        }
        defaultParagraphStyle = defaultParagraph;
        defaultRunProperties = Ooxml.path(root, "docDefaults", "rPrDefault", "rPr");
        defaultParagraphProperties = Ooxml.path(root, "docDefaults", "pPrDefault", "pPr");
    }

    static WordStyles of(Element root) {
        return new WordStyles(root);
    }

    static WordStyles none() {
        return new WordStyles(null);
    }

    /** The paragraph's style id: its own, else the document's default paragraph style (or null). */
    String paragraphStyleId(Element paragraphProperties) {
        String id = Ooxml.val(Ooxml.child(paragraphProperties, "pStyle"));
        return id != null ? id : defaultParagraphStyle;
    }

    String name(String styleId) {
        if (styleId == null) {
            return "";
        }
        Element style = byId.get(styleId);
        if (style == null) {
            return styleId;
        }
        boolean custom = Ooxml.isOn(Ooxml.attribute(style, "customStyle"));
        String name = Ooxml.val(Ooxml.child(style, "name"));
        return custom || name == null || name.isBlank() ? styleId : name;
    }

    /** The style and those it is based on, the furthest ancestor first. */
    List<Element> chain(String styleId) {
        List<Element> chain = new ArrayList<>();
        String id = styleId;
        while (id != null && chain.size() < MAX_CHAIN) {
            Element style = byId.get(id);
            if (style == null || chain.contains(style)) {
                break;
            }
            chain.add(style);
            id = Ooxml.val(Ooxml.child(style, "basedOn"));
        }
        Collections.reverse(chain);
        return chain;
    }

    /** The nearest {@code w:pPr/w:<name>} along the paragraph style's chain, then the document's defaults. */
    Element paragraphProperty(String styleId, String name) {
        List<Element> found = paragraphProperties(styleId, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every {@code w:pPr/w:<name>} along the chain, the nearest first, then the document's default. */
    List<Element> paragraphProperties(String styleId, String name) {
        List<Element> chain = chain(styleId);
        List<Element> found = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Element property = Ooxml.path(chain.get(i), "pPr", name);
            if (property != null) {
                found.add(property);
            }
        }
        Element byDefault = Ooxml.child(defaultParagraphProperties, name);
        if (byDefault != null) {
            found.add(byDefault);
        }
        return found;
    }

    /** The run formatting a paragraph style gives its text, over the document's defaults. */
    Formatting paragraphFormatting(String styleId) {
        String key = styleId == null ? "" : styleId;
        return paragraphFormatting.computeIfAbsent(key, k -> {
            Formatting formatting = Formatting.NONE.over(defaultRunProperties);
            for (Element style : chain(styleId)) {
                formatting = formatting.over(Ooxml.child(style, "rPr"));
            }
            return formatting;
        });
    }

    /** What a character style (w:rStyle) says, nothing inherited from the paragraph. */
    Formatting characterFormatting(String styleId) {
        if (styleId == null) {
            return Formatting.NONE;
        }
        return characterFormatting.computeIfAbsent(styleId, k -> {
            Formatting formatting = Formatting.NONE;
            for (Element style : chain(styleId)) {
                formatting = formatting.over(Ooxml.child(style, "rPr"));
            }
            return formatting;
        });
    }
}
