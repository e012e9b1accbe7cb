package org.agendum.ui.window;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What each {@link AppAction} does in one window and when it is enabled, and the controls built from that: menu
 * items ({@code menu-<name>}), toolbar buttons ({@code tool-<name>}) and the keyboard. An action is one handler,
 * whichever control or key invokes it.
 */
final class Actions {
    private static final class Entry {
        Runnable handler = () -> { };
        ObservableBooleanValue enabled = Bindings.createBooleanBinding(() -> true);
        ObservableStringValue text;
        BooleanProperty toggle;
    }

    private final Map<AppAction, Entry> entries = new EnumMap<>(AppAction.class);

    private Entry entry(AppAction action) {
        return entries.computeIfAbsent(action, a -> new Entry());
    }

    Actions on(AppAction action, Runnable handler) {
        entry(action).handler = handler;
        return this;
    }

    Actions on(AppAction action, Runnable handler, ObservableBooleanValue enabled) {
        entry(action).handler = handler;
        entry(action).enabled = enabled;
        return this;
    }

    /** Words that change, such as "Undo Move item". */
    Actions text(AppAction action, ObservableStringValue text) {
        entry(action).text = text;
        return this;
    }

    /** An on/off action (View ▸ Problems): its controls show and switch {@code state}. */
    Actions toggle(AppAction action, BooleanProperty state) {
        entry(action).toggle = state;
        return this;
    }

    /** An on/off action that can be switched only while {@code enabled} holds (View ▸ Import report). */
    Actions toggle(AppAction action, BooleanProperty state, ObservableBooleanValue enabled) {
        entry(action).toggle = state;
        entry(action).enabled = enabled;
        return this;
    }

    boolean isEnabled(AppAction action) {
        return entry(action).enabled.get();
    }

    /** Runs the action if it is enabled; returns whether it ran. */
    boolean fire(AppAction action) {
        Entry entry = entry(action);
        if (!entry.enabled.get()) {
            return false;
        }
        if (entry.toggle != null) {
            entry.toggle.set(!entry.toggle.get());
        } else {
            entry.handler.run();
        }
        return true;
    }

    /** The action of this scope whose shortcut the key event is. */
    Optional<AppAction> match(KeyEvent event, AppAction.Scope scope) {
        for (AppAction action : AppAction.values()) {
            if (action.scope() == scope && action.shortcuts().stream().anyMatch(k -> k.match(event))) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    MenuItem menuItem(AppAction action) {
        Entry entry = entry(action);
        MenuItem item;
        if (entry.toggle != null) {
            CheckMenuItem check = new CheckMenuItem();
            check.selectedProperty().bindBidirectional(entry.toggle);
            item = check;
        } else {
            item = new MenuItem();
            item.setOnAction(event -> fire(action));
            if (action.icon() != null) {
                FontIcon icon = new FontIcon(action.icon());
                icon.getStyleClass().add("menu-icon");
                item.setGraphic(icon);
            }
        }
        item.setId("menu-" + action.idName());
        item.setMnemonicParsing(false);
        if (entry.text != null) {
            item.textProperty().bind(entry.text);
        } else {
            item.setText(action.text());
        }
        item.setAccelerator(action.accelerator());
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> !entry.enabled.get(), entry.enabled));
        return item;
    }

    /** An icon button for the toolbar, which never takes the focus (so Undo still finds the focused editor). */
    ButtonBase button(AppAction action) {
        Entry entry = entry(action);
        ButtonBase button;
        if (entry.toggle != null) {
            ToggleButton toggle = new ToggleButton();
            toggle.selectedProperty().bindBidirectional(entry.toggle);
            button = toggle;
        } else {
            button = new Button();
            button.setOnAction(event -> fire(action));
        }
        button.setId("tool-" + action.idName());
        button.setGraphic(new FontIcon(action.icon()));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "tool-button");
        button.setFocusTraversable(false);
        button.setMnemonicParsing(false);
        Tooltip tooltip = new Tooltip();
        String keys = action.accelerator() == null ? "" : "  (" + AppAction.describe(action.accelerator()) + ")";
        if (entry.text != null) {
            tooltip.textProperty().bind(Bindings.concat(entry.text, keys));
        } else {
            tooltip.setText(action.text() + keys);
        }
        button.setTooltip(tooltip);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !entry.enabled.get(), entry.enabled));
        return button;
    }

    /**
     * Sets up the keyboard of the scene: the further shortcuts of window-wide actions become accelerators, and the
     * tree's shortcuts are kept out of the accelerators the menus install (the tree handles them itself), now and
     * whenever a menu installs them again.
     */
    void installShortcuts(Scene scene) {
        ObservableMap<KeyCombination, Runnable> accelerators = scene.getAccelerators();
        Set<KeyCombination> treeOnly = java.util.Arrays.stream(AppAction.values())
                .filter(a -> a.scope() == AppAction.Scope.TREE)
                .flatMap(a -> a.shortcuts().stream()).collect(Collectors.toSet());
        accelerators.addListener((MapChangeListener<KeyCombination, Runnable>) change -> {
            if (change.wasAdded() && treeOnly.contains(change.getKey())) {
                accelerators.remove(change.getKey());
            }
        });
        accelerators.keySet().removeIf(treeOnly::contains);
        for (AppAction action : AppAction.values()) {
            if (action.scope() == AppAction.Scope.WINDOW) {
                action.alternatives().forEach(key -> accelerators.put(key, () -> fire(action)));
            }
        }
    }
}
