package org.agendum.importing.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.agendum.importing.source.ImportException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An OLE2 compound file, the container of old Office documents and of password-protected new ones (Word keeps an
 * encrypted .docx inside one, beside its EncryptionInfo). Says which it is, since none of them can be read.
 */
final class OldOfficeFile {
    private OldOfficeFile() {
    }

    static ImportException whyNot(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new ImportException(WordMessages.PROTECTED);
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return new ImportException(WordMessages.OLD_WORD);
            }
            return new ImportException(WordMessages.OTHER_OLE);
        } catch (IOException | RuntimeException e) {
            return WordMessages.damaged(e);
        }
    }
}
