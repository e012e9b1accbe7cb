package org.agendum.model;

import java.util.Optional;

/**
 * Which of the forms real agendas take the document has: its standard title and the parts it prints. Seen in
 * real documents: "Annotated provisional agenda" with "Provisional agenda" and "Annotations" headings (the
 * sample, CTOC/COP/WG.4/2018/1); "Provisional agenda and annotations" with no heading over the list, in some
 * documents with the two parts numbered "I." and "II."; "Provisional agenda" alone; and "Annotations to the
 * provisional agenda", an addendum (/Add.1) that repeats the list or not. The words here are English, as the
 * window shows them; the export prints the version's language's (docs/languages.md).
 */
public enum AgendaLayout {
    ANNOTATED_PROVISIONAL_AGENDA("Annotated provisional agenda", "Annotated provisional agenda",
            Headings.LIST, Headings.ANNOTATIONS, false, true, true),
    AGENDA_AND_ANNOTATIONS("Provisional agenda and annotations", "Provisional agenda and annotations",
            null, Headings.ANNOTATIONS, false, true, true),
    AGENDA_AND_ANNOTATIONS_IN_NUMBERED_PARTS("Provisional agenda and annotations, in parts I and II",
            "Provisional agenda and annotations", Headings.LIST, Headings.ANNOTATIONS, true, true, true),
    PROVISIONAL_AGENDA("Provisional agenda (no annotations)", "Provisional agenda", null, null, false, true, false),
    ANNOTATIONS_WITH_AGENDA("Annotations to the provisional agenda (addendum), with the agenda",
            "Annotations to the provisional agenda", Headings.LIST, Headings.ANNOTATIONS, false, true, true),
    ANNOTATIONS_ONLY("Annotations to the provisional agenda (addendum), without the agenda",
            "Annotations to the provisional agenda", null, null, false, false, true);

    /** Between the parts of {@link #outline}: " · ", kept on the line of the part before it. */
    private static final String SEPARATOR = "\u00A0\u00B7 ";

    private final String label;
    private final String standardTitle;
    private final String listHeading;
    private final String annotationsHeading;
    private final boolean numberedParts;
    private final boolean printsList;
    private final boolean printsAnnotations;

    AgendaLayout(String label, String standardTitle, String listHeading, String annotationsHeading,
                 boolean numberedParts, boolean printsList, boolean printsAnnotations) {
        this.numberedParts = numberedParts;
        this.label = label;
        this.standardTitle = standardTitle;
        this.listHeading = listHeading;
        this.annotationsHeading = annotationsHeading;
        this.printsList = printsList;
        this.printsAnnotations = printsAnnotations;
    }

    /** What the officer picks from, e.g. "Provisional agenda (no annotations)". */
    public String label() {
        return label;
    }

    /** The title the document has in this form, e.g. "Provisional agenda and annotations". */
    public String standardTitle() {
        return standardTitle;
    }

    /** The heading over the agenda list, if this form has one. */
    public Optional<String> listHeading() {
        return Optional.ofNullable(listHeading);
    }

    /** The heading over the annotations, if this form has one. */
    public Optional<String> annotationsHeading() {
        return Optional.ofNullable(annotationsHeading);
    }

    /** The two headings are numbered as chapters, "I." and "II.". */
    public boolean numberedParts() {
        return numberedParts;
    }

    public boolean printsList() {
        return printsList;
    }

    public boolean printsAnnotations() {
        return printsAnnotations;
    }

    /**
     * What a document of this form prints after the lines about the meeting, in a line for the details form, e.g.
     * "Title: Provisional agenda and annotations · list without heading · Annotations" or "Title: … · I. Provisional
     * agenda · II. Annotations". Headings are given in their words; parts without one are described.
     *
     * @param title the document's title as the officer has it (blank: "no title")
     */
    public String outline(String title) {
        // no-break spaces keep a chapter number with its heading and a separator at the end of a wrapped line
        String titlePart = title.isBlank() ? "no title" : "Title: " + title.strip();
        String listPart = !printsList ? "no list"
                : listHeading().map(h -> (numberedParts ? "I.\u00A0" : "") + h).orElse("list without heading");
        String annotationsPart = !printsAnnotations ? "no annotations"
                : annotationsHeading().map(h -> (numberedParts ? "II.\u00A0" : "") + h)
                        .orElse("annotations without heading");
        return titlePart + SEPARATOR + listPart + SEPARATOR + annotationsPart;
    }

    /** The form whose standard title this is, if any (the title of a file from before the forms existed). */
    public static Optional<AgendaLayout> withStandardTitle(String title) {
        for (AgendaLayout layout : values()) {
            if (layout.standardTitle.equals(title.strip())) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    /** The two headings' words (a holder: enum constants cannot name the enum's own constants before them). */
    private static final class Headings {
        static final String LIST = "Provisional agenda";
        static final String ANNOTATIONS = "Annotations";
    }
}
