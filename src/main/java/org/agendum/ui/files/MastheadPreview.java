package org.agendum.ui.files;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.agendum.docx.MastheadLayout;
import org.agendum.model.DutyStation;
import org.agendum.model.Language;
import org.agendum.model.Masthead;
import org.agendum.typography.UnDates;
import org.agendum.ui.common.EditorStyles;

/**
 * The top of the document's first page as the Word export lays out its masthead (the columns and rows of {@link
 * MastheadLayout}, the sizes and spacing of {@code docx.MastheadWriter}), at about its real size (96 pixels an
 * inch): "United Nations" and the symbol on the thin rule; the emblem's cell, the body's name and the distribution
 * block above the thick one. The emblem's cell shows the picture fitted as the document fits it, or an empty dashed
 * box saying "no emblem". Ids: {@code mastheadPreview}, {@code emblemBox}, {@code emblemPreview} (the picture, while
 * there is one), {@code noEmblem} (while there is none).
 */
final class MastheadPreview extends StackPane {
    /** Twips to pixels at 96 pixels an inch (1440 twips). */
    private static final double PX_PER_TWIP = 96.0 / 1440;

    private final StackPane emblemBox = new StackPane();
    private final ImageView emblem = new ImageView();
    private final Label noEmblem = new Label("no emblem");

    MastheadPreview(Masthead masthead, DutyStation station) {
        setId("mastheadPreview");
        getStyleClass().add("masthead-desk");
        String family = EditorStyles.documentFamily();
        int[] columns = MastheadLayout.columns(station);

        GridPane grid = new GridPane();
        for (int width : columns) {
            ColumnConstraints column = new ColumnConstraints(px(width));
            column.setMinWidth(px(width));
            column.setMaxWidth(px(width));
            grid.getColumnConstraints().add(column);
        }
        grid.getRowConstraints().addAll(fixedRow(MastheadLayout.TOP_ROW), fixedRow(MastheadLayout.MAIN_ROW));
        // the rules first, so that the text lies over them: ½ pt under row 1, 1½ pt under row 2
        grid.add(rule("masthead-rule-thin"), 0, 0, columns.length, 1);
        grid.add(rule("masthead-rule-thick"), 0, 1, columns.length, 1);

        Text unitedNations = text("United Nations", Font.font(family, pt(14)));
        cell(grid, unitedNations, 1, 0, 1, HPos.LEFT, VPos.BOTTOM, new Insets(0, 0, pt(4), 0));
        TextFlow symbol = symbol(masthead.symbol().strip(), family);
        symbol.setPrefWidth(px(columns[3] + columns[4] + columns[5]));
        // 4 pt after the paragraph, less the 2 pt the symbol is lowered
        cell(grid, symbol, 3, 0, 3, HPos.RIGHT, VPos.BOTTOM, new Insets(0, 0, pt(2), 0));

        emblemBox.setId("emblemBox");
        emblemBox.setMinSize(px(MastheadLayout.EMBLEM_BOX_WIDTH), px(MastheadLayout.EMBLEM_BOX_HEIGHT));
        emblemBox.setMaxSize(px(MastheadLayout.EMBLEM_BOX_WIDTH), px(MastheadLayout.EMBLEM_BOX_HEIGHT));
        emblem.setId("emblemPreview");
        emblem.setPreserveRatio(true);
        emblem.setSmooth(true);
        noEmblem.setId("noEmblem");
        noEmblem.getStyleClass().add("emblem-box-note");
        showEmblem(null, 1, 1);
        cell(grid, emblemBox, 0, 1, 1, HPos.CENTER, VPos.TOP, new Insets(pt(6), 0, 0, 0));

        String name = masthead.bodyName().strip();
        boolean longName = name.length() > MastheadLayout.XLARGE_NAME_LENGTH;
        Text body = text(name, Font.font(family, FontWeight.BOLD, pt(longName ? 16 : 20)));
        int nameSpan = columns[1] + columns[2] + columns[3];
        body.setWrappingWidth(px(nameSpan));
        cell(grid, body, 1, 1, 3, HPos.LEFT, VPos.TOP, new Insets(pt(109 / 20.0), 0, 0, 0));

        VBox distribution = distribution(masthead, family, px(columns[5]));
        cell(grid, distribution, 5, 1, 1, HPos.LEFT, VPos.TOP, new Insets(pt(12), 0, 0, 0));

        VBox paper = new VBox(grid);
        paper.getStyleClass().add("masthead-paper");
        paper.setMaxWidth(Region.USE_PREF_SIZE);
        getChildren().add(paper);
    }

    /**
     * Puts {@code picture} in the emblem's cell at the share of the box the document gives it (both 1: the whole
     * box); null leaves the cell empty, its box dashed.
     */
    void showEmblem(Image picture, double widthInBox, double heightInBox) {
        emblem.setImage(picture);
        if (picture == null) {
            emblemBox.getChildren().setAll(noEmblem);
            emblemBox.getStyleClass().setAll("emblem-box-empty");
            return;
        }
        emblem.setFitWidth(px(MastheadLayout.EMBLEM_BOX_WIDTH) * widthInBox);
        emblem.setFitHeight(px(MastheadLayout.EMBLEM_BOX_HEIGHT) * heightInBox);
        emblemBox.getChildren().setAll(emblem);
        emblemBox.getStyleClass().clear();
    }

    /**
     * A one-letter series ("A/80/590") has its letter at 20 pt and the rest at 10 pt, longer series ("CTOC/…") are one
     * 10-pt run, as the document sets them.
     */
    private static TextFlow symbol(String symbol, String family) {
        TextFlow flow = new TextFlow();
        flow.setTextAlignment(TextAlignment.RIGHT);
        if (symbol.indexOf('/') == 1 && Character.isUpperCase(symbol.charAt(0))) {
            flow.getChildren().addAll(text(symbol.substring(0, 1), Font.font(family, pt(20))),
                    text(symbol.substring(1), Font.font(family, pt(10))));
        } else if (!symbol.isEmpty()) {
            flow.getChildren().add(text(symbol, Font.font(family, pt(10))));
        }
        return flow;
    }

    /** "Distr.: General", the date, an empty line, the version's language if another, "Original: …", the coverage. */
    private static VBox distribution(Masthead masthead, String family, double width) {
        Font font = Font.font(family, pt(10));
        VBox lines = new VBox();
        lines.getChildren().addAll(text("Distr.: " + masthead.distribution().label(), font),
                text(UnDates.date(masthead.issueDate()), font), text(" ", font));
        Language original = masthead.originalLanguage();
        if (masthead.versionLanguage() != original) {
            lines.getChildren().add(text(masthead.versionLanguage().englishName(), font));
        }
        lines.getChildren().add(text("Original: " + original.englishName(), font));
        String coverage = masthead.languageCoverage().strip();
        if (!coverage.isEmpty()) {
            lines.getChildren().add(text(coverage, font));
        }
        lines.getChildren().forEach(line -> ((Text) line).setWrappingWidth(width));
        return lines;
    }

    private static Text text(String words, Font font) {
        Text text = new Text(words);
        text.setFont(font);
        text.setFill(Color.BLACK); // ink on paper, whatever the window's theme
        return text;
    }

    private static Region rule(String styleClass) {
        Region rule = new Region();
        rule.getStyleClass().add(styleClass);
        rule.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        rule.setMouseTransparent(true);
        return rule;
    }

    private static void cell(GridPane grid, Node node, int column, int row, int span, HPos across, VPos down,
            Insets margin) {
        grid.add(node, column, row, span, 1);
        GridPane.setHalignment(node, across);
        GridPane.setValignment(node, down);
        GridPane.setMargin(node, margin);
        if (node instanceof Region region) {
            region.setMaxHeight(Region.USE_PREF_SIZE);
        }
    }

    private static RowConstraints fixedRow(int twips) {
        RowConstraints row = new RowConstraints(px(twips));
        row.setMinHeight(px(twips));
        row.setMaxHeight(px(twips));
        return row;
    }

    private static double px(double twips) {
        return twips * PX_PER_TWIP;
    }

    /** Points to pixels (20 twips a point). */
    private static double pt(double points) {
        return px(points * 20);
    }
}
