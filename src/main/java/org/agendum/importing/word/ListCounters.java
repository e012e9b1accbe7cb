package org.agendum.importing.word;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The labels Word's list numbering gives paragraphs in reading order ("1.", "(a)", "(i)", "a)"): one counter per
 * level of each abstract definition, so list instances sharing one continue each other; an instance's
 * w:startOverride restarts its levels when the instance is first used; a level restarts when a level above it
 * is used, unless its w:lvlRestart says otherwise.
 */
final class ListCounters {
    private final NumberingDefinitions definitions;
    private final Map<String, int[]> values = new HashMap<>();
    private final Map<String, boolean[]> used = new HashMap<>();
    private final Set<String> instancesSeen = new HashSet<>();

    ListCounters(NumberingDefinitions definitions) {
        this.definitions = definitions;
    }

    /** Counts one paragraph of list {@code numId} at level {@code ilvl} and gives its label ("" for none). */
    String next(String numId, int ilvl) {
        if (numId == null || numId.equals("0") || !definitions.exists(numId) || ilvl < 0
                || ilvl >= NumberingDefinitions.LEVELS) {
            return "";
        }
        String key = definitions.abstractKey(numId);
        int[] value = values.computeIfAbsent(key, k -> new int[NumberingDefinitions.LEVELS]);
        boolean[] isUsed = used.computeIfAbsent(key, k -> new boolean[NumberingDefinitions.LEVELS]);
        if (instancesSeen.add(numId)) {
            for (int level = 0; level < NumberingDefinitions.LEVELS; level++) {
                Integer start = definitions.startOverride(numId, level);
                if (start != null) {
                    value[level] = start - 1;
                    isUsed[level] = true;
                }
            }
        }
        value[ilvl] = isUsed[ilvl] ? value[ilvl] + 1 : start(numId, ilvl);
        isUsed[ilvl] = true;
        for (int deeper = ilvl + 1; deeper < NumberingDefinitions.LEVELS; deeper++) {
            Integer restart = Ooxml.number(Ooxml.val(Ooxml.child(definitions.level(numId, deeper), "lvlRestart")));
            // w:lvlRestart n: restart after a use of level n (1-based) or above; 0: never; absent: the level above
            if (restart == null || (restart > 0 && ilvl <= restart - 1)) {
                isUsed[deeper] = false;
            }
        }
        return label(numId, ilvl, value, isUsed);
    }

    private int start(String numId, int ilvl) {
        Integer start = Ooxml.number(Ooxml.val(Ooxml.child(definitions.level(numId, ilvl), "start")));
        return start == null ? 0 : start;
    }

    private String label(String numId, int ilvl, int[] value, boolean[] isUsed) {
        Element level = definitions.level(numId, ilvl);
        String text = Ooxml.val(Ooxml.child(level, "lvlText"));
        if (text == null) {
            return "";
        }
        String format = Ooxml.val(Ooxml.child(level, "numFmt"));
        if ("bullet".equals(format)) {
            return NumberFormats.bullet(text);
        }
        boolean legal = Boolean.TRUE.equals(Ooxml.onOff(Ooxml.child(level, "isLgl")));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int referenced = text.charAt(++i) - '1';
                int number = isUsed[referenced] ? value[referenced] : start(numId, referenced);
                String referencedFormat = Ooxml.val(Ooxml.child(definitions.level(numId, referenced), "numFmt"));
                out.append(NumberFormats.format(number, legal && referenced < ilvl ? "decimal" : referencedFormat));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
