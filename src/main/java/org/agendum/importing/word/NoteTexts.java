package org.agendum.importing.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agendum.importing.source.ImportException;
import org.agendum.model.FootnoteMark;
import org.agendum.model.Inline;
import org.agendum.model.TextRun;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.Element;

/**
 * The text of footnotes and endnotes, for the calls in the text: the note's paragraphs as runs (joined by line
 * breaks), without the note's own mark and the tab after it, read from the notes' part when first needed.
 */
final class NoteTexts implements ParagraphContent.NoteSource {
    private final WordPackage pack;
    private final WordStyles styles;
    private final ReadingNotes notes;
    private final Map<String, Notes> parts = new HashMap<>();

    private record Notes(Map<String, Element> byId, ParagraphContent content) {
    }

    NoteTexts(WordPackage pack, WordStyles styles, ReadingNotes notes) {
        this.pack = pack;
        this.styles = styles;
        this.notes = notes;
    }

    @Override
    public FootnoteMark note(String id, boolean endnote, boolean customMark) throws ImportException {
        Notes part = part(endnote ? "endnotes" : "footnotes");
        Element note = part.byId().get(id);
        if (note == null) {
            return new FootnoteMark(List.of());
        }
        List<TextRun> runs = new ArrayList<>();
        for (Element paragraph : Ooxml.children(note, "p")) {
            if (!runs.isEmpty()) {
                runs.add(TextRun.plain("\n"));
            }
            String styleId = styles.paragraphStyleId(Ooxml.child(paragraph, "pPr"));
            for (Inline inline : part.content().read(paragraph, styleId)) {
                if (inline instanceof TextRun run) {
                    runs.add(run);
                }
            }
        }
        return new FootnoteMark(withoutMark(runs, customMark));
    }

    /** The note without what stands before its text: a custom mark (typed, superscript) and the space after it. */
    static List<TextRun> withoutMark(List<TextRun> runs, boolean customMark) {
        List<TextRun> out = new ArrayList<>(runs);
        while (customMark && !out.isEmpty() && out.get(0).style().superscript()) {
            out.remove(0);
        }
        while (!out.isEmpty()) {
            TextRun first = out.get(0);
            String stripped = first.text().stripLeading();
            if (!stripped.isEmpty()) {
                out.set(0, new TextRun(stripped, first.style()));
                break;
            }
            out.remove(0);
        }
        return out;
    }

    private Notes part(String type) throws ImportException {
        Notes known = parts.get(type);
        if (known != null) {
            return known;
        }
        Map<String, Element> byId = new HashMap<>();
        Optional<PackagePart> part = pack.related(type);
        ParagraphContent content = null;
        if (part.isPresent()) {
            Element root = WordPackage.root(pack.parse(part.get()));
            for (Element note : Ooxml.children(root)) {
                byId.putIfAbsent(Ooxml.attribute(note, "id"), note);
            }
            // a note inside a note cannot be: calls there read as empty notes
            content = new ParagraphContent(styles, notes, (id, endnote, custom) -> new FootnoteMark(List.of()),
                    part.get());
        }
        Notes read = new Notes(byId, content);
        parts.put(type, read);
        return read;
    }
}
