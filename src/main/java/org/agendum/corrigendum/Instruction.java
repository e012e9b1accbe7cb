package org.agendum.corrigendum;

import java.util.List;
import java.util.Objects;

/**
 * One instruction of a corrigendum as the UN words it: where ("Item 4, title") and what to do ("For “…” read “…”").
 * Both are plain text the officer may rewrite before export; the instruction's keywords are found again in whatever
 * was typed ({@link #parts()}), so an edited instruction keeps its italics.
 */
public record Instruction(String location, String text) {
    public Instruction {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
    }

    /** The text cut into pieces, the keywords (For, read, Delete, Insert …) outside quotation marks set apart. */
    public List<InstructionWords.Part> parts() {
        return InstructionWords.parts(text);
    }

    /** The text cut into pieces, the keywords of {@code wording}'s language outside its quotation marks set apart. */
    public List<InstructionWords.Part> parts(CorrigendumWording wording) {
        return InstructionWords.parts(text, wording);
    }
}
