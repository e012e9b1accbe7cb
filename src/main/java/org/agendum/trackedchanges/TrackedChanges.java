package org.agendum.trackedchanges;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.agendum.docx.ExportOptions;
import org.agendum.docx.WordExport;
import org.agendum.io.AtomicFileWriter;
import org.agendum.model.Meeting;
import org.w3c.dom.Element;

/**
 * The Word document of a new version with Word's tracked changes against an old one (issue 19): both versions are
 * exported with the same options, and the new export's body is replaced by the two bodies lined up, with what was
 * removed in {@code w:del}, what was added in {@code w:ins}, a paragraph moved whole in {@code w:moveFrom} and
 * {@code w:moveTo}, and a changed format with the old one recorded ({@code w:rPrChange} and the like). Everything
 * else (masthead, headers, styles) is the new export's, but for Track Changes turned on in its settings. Word's
 * Accept All gives the new export's text, Reject All the old one's.
 */
public final class TrackedChanges {
    private TrackedChanges() {
    }

    /**
     * @throws org.agendum.docx.EmblemImageException when the options name an emblem picture that cannot be used
     */
    public static byte[] between(Meeting old, Meeting now, ExportOptions options, Revision revision)
            throws IOException {
        Objects.requireNonNull(revision, "revision");
        return compare(WordExport.toBytes(old, options), WordExport.toBytes(now, options), revision);
    }

    /** Writes the document to {@code file} atomically: the file is either the old one or the complete new one. */
    public static void export(Meeting old, Meeting now, Path file, ExportOptions options, Revision revision)
            throws IOException {
        AtomicFileWriter.write(file, between(old, now, options, revision), AtomicFileWriter.Backup.NONE);
    }

    /** The tracked-changes document between two exported Word documents. */
    static byte[] compare(byte[] oldDocx, byte[] newDocx, Revision revision) throws IOException {
        ExportedPackage old = ExportedPackage.read(oldDocx);
        ExportedPackage now = ExportedPackage.read(newDocx);
        ChangeMarks marks = new ChangeMarks(now.document, revision);
        TrackedBody tracked = new TrackedBody(old, now, new OldContent(old, now), marks);
        Element body = now.body();
        List<Element> blocks = tracked.blocks(old.blocks(), now.blocks());
        Moves.mark(blocks, marks, now);
        Element section = WordXml.child(body, "sectPr");
        now.blocks().forEach(body::removeChild);
        blocks.forEach(block -> body.insertBefore(block, section));
        TrackedFootnotes.write(body, old, now);
        now.parts.put(ExportedPackage.DOCUMENT, WordXml.write(now.document));
        now.parts.put(ExportedPackage.DOCUMENT_RELATIONSHIPS, WordXml.write(now.relationshipsPart));
        TrackedSettings.trackRevisions(now.parts);
        return now.parts.toBytes();
    }
}
