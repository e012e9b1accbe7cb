package org.agendum.importing.word;

import org.agendum.importing.source.ImportException;

/** The sentences a Word document that cannot be read gets, in one place so they stay alike. */
final class WordMessages {
    static final String PROTECTED = "The Word document is protected by a password; open it in Word, remove the "
            + "password, and import it again.";
    static final String OLD_WORD = "The file is an old Word document (.doc, Word 97–2003); open it in Word, save "
            + "it as a Word document (.docx), and import that.";
    static final String OTHER_OLE = "The file is an old Office document but not a Word document; import a .docx "
            + "file, a PDF or text.";

    private WordMessages() {
    }

    static ImportException damaged(Throwable cause) {
        return new ImportException("The Word document is damaged and cannot be read; open it in Word, save it "
                + "again, and import the saved copy.", cause);
    }
}
