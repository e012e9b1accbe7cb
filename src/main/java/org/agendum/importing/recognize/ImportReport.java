package org.agendum.importing.recognize;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.agendum.importing.source.SourceDocument;

/**
 * How a document was read: an entry for every block of the source (recognized as what, guessed and why, or not
 * placed, with its text kept), entries for the fields that were guessed without a block, and the page furniture
 * the reader removed. Entries are in the source's reading order; those without a place come first.
 *
 * @param source           the document's name and kind, e.g. "CTOC_COP_WG.4_2018_1.txt (text)"
 * @param entries          what happened, block by block
 * @param furnitureRemoved the running heads, page numbers and job numbers taken out, each said once
 */
public record ImportReport(String source, List<ReportEntry> entries, List<String> furnitureRemoved) {
    public ImportReport {
        Objects.requireNonNull(source, "source");
        entries = entries.stream().sorted(Comparator.comparingInt(
                (ReportEntry e) -> e.place().map(p -> p.order()).orElse(-1))).toList();
        furnitureRemoved = List.copyOf(furnitureRemoved);
    }

    static String sourceOf(SourceDocument document) {
        return document.name() + " (" + document.kind().label() + ")";
    }

    public List<ReportEntry> entries(ReportEntry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    public long count(ReportEntry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).count();
    }

    /** "CTOC_COP_WG.4_2018_1.txt (text): 52 parts recognized, 3 guessed, 0 not placed; 4 page furniture lines removed." */
    public String summary() {
        // "page furniture" only when some was removed: a pasted text or a .txt has none, and "0 kinds" says nothing
        return source + ": " + count(ReportEntry.Kind.RECOGNIZED) + " parts recognized, "
                + count(ReportEntry.Kind.GUESSED) + " guessed, " + count(ReportEntry.Kind.NOT_PLACED) + " not placed"
                + (furnitureRemoved.isEmpty() ? "." : "; " + furnitureRemoved.size() + " kinds of page furniture "
                + "removed (running heads, page numbers, job lines).");
    }

    /** The summary, then every entry on a line of its own, then the furniture: what the command line prints. */
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        out.add(summary());
        entries.forEach(e -> out.add(e.toString()));
        furnitureRemoved.forEach(f -> out.add("Removed as page furniture: " + f));
        return out;
    }
}
