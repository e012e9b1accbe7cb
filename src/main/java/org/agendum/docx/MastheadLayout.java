package org.agendum.docx;

import java.util.Arrays;
import org.agendum.model.DutyStation;

/**
 * The masthead's measures in twips, as {@link MastheadWriter} writes them (docs/un-format.md §4.2), shared with the
 * window's preview of the masthead so that the preview is drawn from the same numbers as the document.
 */
public final class MastheadLayout {
    /** Row 1 ("United Nations", the symbol): exactly 0.6 in. */
    public static final int TOP_ROW = 864;
    /** Row 2 (the emblem, the body's name, the distribution block): exactly 2 in. */
    public static final int MAIN_ROW = 2880;
    /** The emblem's box, 713232 × 597103 EMU (1.98 × 1.66 cm), in twips (635 EMU each). */
    public static final double EMBLEM_BOX_WIDTH = EmblemImage.BOX_WIDTH_EMU / 635.0;
    public static final double EMBLEM_BOX_HEIGHT = EmblemImage.BOX_HEIGHT_EMU / 635.0;
    /** Body names up to this length keep XLarge's 20 pt; longer ones are set at 16 pt ("Economic and Social Council" is 27). */
    public static final int XLARGE_NAME_LENGTH = 30;

    /** A/80/590's grid, whose 15-twip last column is dropped; the fourth takes up the rest of the text width. */
    private static final int[] GRID_WITHOUT_FOURTH = {1267, 1872, 245, 0, 245, 3096};

    private MastheadLayout() {
    }

    /** The six columns' widths at {@code station}'s text width: emblem | "United Nations" | gap | … | gap | Distr. */
    public static int[] columns(DutyStation station) {
        return columns(PageGeometry.of(station).textWidth());
    }

    static int[] columns(int textWidth) {
        int[] grid = GRID_WITHOUT_FOURTH.clone();
        grid[3] = textWidth - Arrays.stream(GRID_WITHOUT_FOURTH).sum();
        return grid;
    }
}
