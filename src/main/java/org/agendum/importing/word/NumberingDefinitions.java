package org.agendum.importing.word;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * A document's list numbering (numbering.xml): which abstract definition a list instance (numId) uses, through a
 * numbering style's link when there is one, and the level a paragraph gets, with the instance's overrides.
 */
final class NumberingDefinitions {
    static final int LEVELS = 9;

    private final Map<String, Element> abstracts = new HashMap<>();
    private final Map<String, Element> instances = new HashMap<>();
    private final WordStyles styles;

    private NumberingDefinitions(Element root, WordStyles styles) {
        this.styles = styles;
        if (root == null) {
            return;
        }
        for (Element definition : Ooxml.children(root, "abstractNum")) {
            abstracts.putIfAbsent(Ooxml.attribute(definition, "abstractNumId"), definition);
        }
        for (Element instance : Ooxml.children(root, "num")) {
            instances.putIfAbsent(Ooxml.attribute(instance, "numId"), instance);
        }
    }

    static NumberingDefinitions of(Element root, WordStyles styles) {
        return new NumberingDefinitions(root, styles);
    }

    boolean exists(String numId) {
        return abstractOf(numId) != null;
    }

    /**
     * The abstract definition a list instance uses; an abstract definition that only links to a numbering style
     * (w:numStyleLink) is followed to the instance that style names, once.
     */
    Element abstractOf(String numId) {
        Element definition = directAbstract(numId);
        if (definition != null && Ooxml.child(definition, "lvl") == null) {
            String link = Ooxml.val(Ooxml.child(definition, "numStyleLink"));
            Element numPr = link == null ? null : styles.paragraphProperty(link, "numPr");
            Element linked = directAbstract(Ooxml.val(Ooxml.child(numPr, "numId")));
            if (linked != null) {
                return linked;
            }
        }
        return definition;
    }

    private Element directAbstract(String numId) {
        Element instance = numId == null ? null : instances.get(numId);
        return instance == null ? null : abstracts.get(Ooxml.val(Ooxml.child(instance, "abstractNumId")));
    }

    String abstractKey(String numId) {
        Element definition = abstractOf(numId);
        return definition == null ? numId : Ooxml.attribute(definition, "abstractNumId");
    }

    /** Level {@code ilvl} as instance {@code numId} has it: its own override of the level, else the abstract one. */
    Element level(String numId, int ilvl) {
        Element override = override(numId, ilvl);
        Element overridden = Ooxml.child(override, "lvl");
        if (overridden != null) {
            return overridden;
        }
        Element definition = abstractOf(numId);
        if (definition == null) {
            return null;
        }
        for (Element level : Ooxml.children(definition, "lvl")) {
            if (String.valueOf(ilvl).equals(Ooxml.attribute(level, "ilvl"))) {
                return level;
            }
        }
        return null;
    }

    /** The level whose w:pStyle is this paragraph style (a heading style tied to a list level), or -1. */
    int levelOfStyle(String numId, String styleId) {
        Element definition = abstractOf(numId);
        if (definition == null || styleId == null) {
            return -1;
        }
        for (Element level : Ooxml.children(definition, "lvl")) {
            if (styleId.equals(Ooxml.val(Ooxml.child(level, "pStyle")))) {
                Integer ilvl = Ooxml.number(Ooxml.attribute(level, "ilvl"));
                return ilvl == null ? -1 : ilvl;
            }
        }
        return -1;
    }

    /** The instance's w:startOverride for a level, or null. */
    Integer startOverride(String numId, int ilvl) {
        return Ooxml.number(Ooxml.val(Ooxml.child(override(numId, ilvl), "startOverride")));
    }

    private Element override(String numId, int ilvl) {
        Element instance = instances.get(numId);
        if (instance == null) {
            return null;
        }
        for (Element override : Ooxml.children(instance, "lvlOverride")) {
            if (String.valueOf(ilvl).equals(Ooxml.attribute(override, "ilvl"))) {
                return override;
            }
        }
        return null;
    }
}
