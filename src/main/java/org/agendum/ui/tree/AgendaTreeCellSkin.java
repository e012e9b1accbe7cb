package org.agendum.ui.tree;

import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.TreeCellSkin;

/**
 * Lets agenda titles wrap: the tree asks a cell for its height at the full row width, but the title only gets
 * what is left after the indentation and the disclosure arrow; and a cell never asks for more width than the
 * tree has, so the tree never scrolls sideways.
 */
final class AgendaTreeCellSkin extends TreeCellSkin<AgendaRow> {
    /** TreeCellSkin's own default width for the disclosure arrow. */
    private static final double DEFAULT_DISCLOSURE_WIDTH = 18;
    /** The narrowest a title may become before the tree would rather scroll, in multiples of the font size. */
    private static final double MIN_TITLE_EMS = 6;

    AgendaTreeCellSkin(TreeCell<AgendaRow> cell) {
        super(cell);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return super.computePrefHeight(width < 0 ? width : width - contentOffset(), top, right, bottom, left);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        double full = super.computePrefWidth(height, top, right, bottom, left);
        double narrow = left + right + contentOffset() + MIN_TITLE_EMS * getSkinnable().getFont().getSize();
        return Math.min(full, narrow);
    }

    /** Where the label starts: TreeCellSkin's indentation per level plus the disclosure arrow's column. */
    private double contentOffset() {
        TreeCell<AgendaRow> cell = getSkinnable();
        TreeView<AgendaRow> tree = cell.getTreeView();
        TreeItem<AgendaRow> item = cell.getTreeItem();
        if (tree == null || item == null) {
            return 0;
        }
        int level = tree.getTreeItemLevel(item) - (tree.isShowRoot() ? 0 : 1);
        Node disclosure = cell.getDisclosureNode();
        double disclosureWidth = Math.max(DEFAULT_DISCLOSURE_WIDTH, disclosure == null ? 0 : disclosure.prefWidth(-1));
        return getIndent() * level + disclosureWidth;
    }
}
