package org.agendum.ui.documentation;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.agendum.model.DocumentSymbol;
import org.agendum.model.DocumentationEntry;
import org.agendum.ui.common.CurlyQuotes;
import org.agendum.ui.common.GrowingTextArea;
import org.agendum.ui.common.Icons;
import org.agendum.typography.QuoteMarks;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One entry of the Documentation list: its description (wrapping, at full width) with buttons to move the entry up
 * or down or remove it, and under it the symbol with a mark when the symbol does not look like a UN document
 * symbol. Ids end with the entry's index.
 */
final class DocumentationRow extends VBox {
    final TextArea description = new GrowingTextArea(1, 6);
    final TextField symbol = new TextField();
    final Label problem = new Label();
    final Button up;
    final Button down;
    final Button remove;

    DocumentationRow(Supplier<QuoteMarks> quoteMarks) {
        getStyleClass().add("documentation-row");
        description.getStyleClass().add("documentation-description");
        description.setPromptText("Description, e.g. Report of the Secretariat");
        description.setMaxWidth(Double.MAX_VALUE);
        ((GrowingTextArea) description).oneParagraph(symbol::requestFocus);
        CurlyQuotes.install(description, quoteMarks);
        symbol.getStyleClass().add("documentation-symbol");
        symbol.setPromptText("Symbol, e.g. A/80/1");
        symbol.setPrefColumnCount(18);
        problem.setGraphic(Icons.icon(Material2AL.ERROR_OUTLINE));
        problem.getStyleClass().add("symbol-problem");
        problem.setMinWidth(0);
        problem.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        HBox.setHgrow(problem, Priority.ALWAYS);
        problem.setMaxWidth(Double.MAX_VALUE);
        up = Icons.tool(new Button(), Material2AL.ARROW_UPWARD, "Move this document up", "Alt+Up");
        down = Icons.tool(new Button(), Material2AL.ARROW_DOWNWARD, "Move this document down", "Alt+Down");
        remove = Icons.tool(new Button(), Material2AL.DELETE_OUTLINE, "Remove this document", "Alt+Delete");
        up.getStyleClass().add("row-button");
        down.getStyleClass().add("row-button");
        remove.getStyleClass().add("row-button");
        HBox buttons = new HBox(up, down, remove);
        buttons.getStyleClass().add("row-buttons");
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        // the description on the first line, at full width; the symbol (as the document prints it, after the
        // description) under it, with its mark, and the row's buttons
        HBox first = new HBox(description, buttons);
        first.getStyleClass().add("documentation-row-description");
        first.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(description, Priority.ALWAYS);
        Label symbolLabel = new Label("Symbol");
        symbolLabel.getStyleClass().add("documentation-symbol-label");
        symbolLabel.setLabelFor(symbol);
        symbolLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox second = new HBox(symbolLabel, symbol, problem);
        second.getStyleClass().add("documentation-row-symbol");
        second.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(symbol, Priority.SOMETIMES);
        symbol.setMaxWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(first, second);
        showProblem(Optional.empty());
    }

    void setIndex(int index, int count) {
        description.setId("docDescription" + index);
        symbol.setId("docSymbol" + index);
        problem.setId("docSymbolProblem" + index);
        up.setId("docUp" + index);
        down.setId("docDown" + index);
        remove.setId("docRemove" + index);
        description.setAccessibleText("Description of document " + (index + 1));
        symbol.setAccessibleText("Symbol of document " + (index + 1));
        up.setDisable(index == 0);
        down.setDisable(index == count - 1);
    }

    /** Shows the entry unless a field already says it (so that typing keeps its caret). */
    void show(DocumentationEntry entry) {
        if (!description.getText().equals(entry.description())) {
            description.setText(entry.description());
        }
        if (!symbol.getText().equals(entry.symbol())) {
            symbol.setText(entry.symbol());
        }
        showProblem(DocumentSymbol.problem(entry.symbol()));
    }

    DocumentationEntry entry() {
        return new DocumentationEntry(description.getText(), symbol.getText());
    }

    private void showProblem(Optional<String> what) {
        boolean bad = what.isPresent();
        problem.setVisible(bad);
        problem.setText(bad ? "The symbol " + what.get() + "." : "");
        problem.setTooltip(bad ? Icons.tip("This symbol " + what.get() + ".") : null);
        problem.setAccessibleText(bad ? "Symbol problem: " + what.get() : null);
        symbol.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), bad);
    }
}
