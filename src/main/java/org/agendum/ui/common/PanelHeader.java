package org.agendum.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The header of a panel below the work area (problems, import report): its title, what follows it, a hide button. */
public final class PanelHeader {
    private PanelHeader() {
    }

    /**
     * @param title  the panel's name, in bold
     * @param middle shown after the title (a count, a summary, filters)
     * @param hideId the id of the hide button, for tests
     */
    public static HBox of(String title, String hideId, String hideTooltip, Runnable hide, Node... middle) {
        Label name = new Label(title);
        name.getStyleClass().add("problems-title");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        close.setId(hideId);
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "small-icon");
        close.setFocusTraversable(false);
        close.setTooltip(new Tooltip(hideTooltip));
        close.setOnAction(event -> hide.run());
        HBox header = new HBox(name);
        header.getChildren().addAll(middle);
        header.getChildren().addAll(spring, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("problems-header");
        return header;
    }
}
