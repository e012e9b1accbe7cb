package org.agendum.model;

/** The paper a duty station prints on (docs/un-format.md §1): the Word export's page and the spreadsheet's print set-up. */
public enum Paper {
    A4,
    US_LETTER
}
