package org.agendum.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text that wraps at spaces, broken into lines here and drawn as one line that does not wrap per line. JavaFX 21
 * lays out a wrapped right-to-left paragraph wrongly: its first line runs out past its start, over what stands
 * before it (seen with Label, Text and TextFlow alike, in either orientation), while a line that fits is drawn right.
 * So an Arabic version's titles in the tree and the grid are broken here. Each line keeps the runs' style classes
 * (" (continued)" with only the word in italics); the lines start at the node's start edge, the right in a
 * right-to-left parent. A word longer than the width stays whole on its line.
 */
public final class BrokenLines extends Region {
    /** A piece of the text and the style classes of its {@link Text} (its font, its colour). */
    public record Run(String text, List<String> styleClasses) {
        public Run {
            Objects.requireNonNull(text, "text");
            styleClasses = List.copyOf(styleClasses);
        }
    }

    /** A run's part of a word or a line. */
    private record Piece(int run, String text) {
    }

    /** The text between two spaces, perhaps across runs ("(continued)"), and the space before it, if any. */
    private record Word(List<Piece> pieces, Piece spaceBefore) {
    }

    private List<Run> runs = List.of();
    /** One hidden Text per run, styled as the run's lines are, to measure words in the run's font. */
    private final List<Text> probes = new ArrayList<>();
    /** The lines worked out for {@link #linesWidth}, and those drawn now. */
    private List<List<Piece>> lines = List.of();
    private double linesWidth = Double.NaN;
    private List<List<Piece>> drawn = List.of();

    public BrokenLines() {
        getStyleClass().add("broken-lines");
    }

    public List<Run> runs() {
        return runs;
    }

    /** Shows these runs; nothing changes when they are the same. */
    public void setRuns(List<Run> newRuns) {
        if (newRuns.equals(runs)) {
            return;
        }
        runs = List.copyOf(newRuns);
        probes.forEach(getChildren()::remove);
        probes.clear();
        for (Run run : runs) {
            Text probe = new Text();
            probe.getStyleClass().addAll(run.styleClasses());
            probe.setManaged(false);
            probe.setVisible(false);
            probes.add(probe);
            getChildren().add(probe);
        }
        linesWidth = Double.NaN;
        drawn = List.of();
        requestLayout();
    }

    /** The whole text, as a screen reader or a test reads it. */
    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = 0;
        for (int i = 0; i < runs.size(); i++) {
            width += measure(i, runs.get(i).text());
        }
        return snappedLeftInset() + width + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + linesFor(inner).size() * lineHeight() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        List<List<Piece>> wanted = linesFor(width);
        if (!wanted.equals(drawn)) {
            // the lines change rarely (a new title, another width): made anew then, styled at once
            List<Node> shown = new ArrayList<>(probes);
            for (List<Piece> line : wanted) {
                TextFlow flow = new TextFlow();
                for (Piece piece : line) {
                    Text text = new Text(piece.text());
                    text.getStyleClass().addAll(runs.get(piece.run()).styleClasses());
                    flow.getChildren().add(text);
                }
                shown.add(flow);
            }
            getChildren().setAll(shown);
            shown.forEach(Node::applyCss);
            drawn = wanted;
        }
        for (int i = probes.size(); i < getChildren().size(); i++) {
            getChildren().get(i).resizeRelocate(snappedLeftInset(),
                    snappedTopInset() + (i - probes.size()) * lineHeight(), width, lineHeight());
        }
    }

    /** The lines at this width, worked out again only when the width or the runs change. */
    private List<List<Piece>> linesFor(double width) {
        if (width == linesWidth && !lines.isEmpty()) {
            return lines;
        }
        List<List<Piece>> broken = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        double used = 0;
        for (Word word : words()) {
            double wordWidth = 0;
            for (Piece piece : word.pieces()) {
                wordWidth += measure(piece.run(), piece.text());
            }
            double space = word.spaceBefore() == null ? 0 : measure(word.spaceBefore().run(), " ");
            if (!line.isEmpty() && used + space + wordWidth > width) {
                broken.add(merged(line));
                line = new ArrayList<>();
                used = 0;
                space = 0;
            } else if (word.spaceBefore() != null && !line.isEmpty()) {
                line.add(word.spaceBefore());
            }
            line.addAll(word.pieces());
            used += space + wordWidth;
        }
        if (!line.isEmpty() || broken.isEmpty()) {
            broken.add(merged(line));
        }
        if (width != Double.MAX_VALUE) {
            linesWidth = width;
            lines = broken;
        }
        return broken;
    }

    /** The text cut at its spaces; a word keeps the runs it spans. */
    private List<Word> words() {
        List<Word> words = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        Piece space = null;
        for (int r = 0; r < runs.size(); r++) {
            String text = runs.get(r).text();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == ' ') {
                    if (i > start) {
                        pieces.add(new Piece(r, text.substring(start, i)));
                    }
                    if (i < text.length()) {
                        if (!pieces.isEmpty()) {
                            words.add(new Word(pieces, space));
                            pieces = new ArrayList<>();
                        }
                        space = new Piece(r, " ");
                    }
                    start = i + 1;
                }
            }
        }
        if (!pieces.isEmpty()) {
            words.add(new Word(pieces, space));
        }
        return words;
    }

    /** Neighbouring pieces of one run as one, so that a line has a Text per run it holds. */
    private static List<Piece> merged(List<Piece> line) {
        List<Piece> out = new ArrayList<>();
        for (Piece piece : line) {
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.run() == piece.run()) {
                out.set(out.size() - 1, new Piece(piece.run(), last.text() + piece.text()));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    private double measure(int run, String text) {
        Text probe = probes.get(run);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    private double lineHeight() {
        if (probes.isEmpty()) {
            return 0;
        }
        Text probe = probes.get(0);
        probe.setText("Ag");
        return Math.ceil(probe.getLayoutBounds().getHeight());
    }
}
