package org.agendum.ui.window;

import org.agendum.model.ItemId;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.VersionLanguage;
import org.agendum.ui.problems.ProblemNavigator;
import org.agendum.ui.schedule.ScheduleView;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.agendum.ui.details.DetailsEditor;
import org.agendum.validation.Target;

/**
 * The right side of the window: the selected item's editor (title, annotation, Documentation), the meeting's
 * details and the organization of work, as three tabs. A click on a problem brings the tab and the field concerned forward.
 */
final class EditorPane implements RightPane {
    private final ItemEditor itemEditor;
    private final MeetingViewModel viewModel;
    private final java.util.function.Consumer<String> showMessage;
    /** Made when its tab is first shown: its fields are 40 % of the window's nodes, which a start need not style. */
    private DetailsEditor detailsEditor;
    private final TabPane tabs = new TabPane();
    private final Tab itemTab;
    private final Tab detailsTab;
    private final PaneContext context;
    /** Made when its tab is first shown (or "Schedule in…" first asks): a start need not build or style it. */
    private ScheduleView scheduleView;
    private final Tab scheduleTab;
    /** Where chips dragged out of the grid may be dropped (the agenda), once the grid exists. */
    private Node agenda;

    private EditorPane(PaneContext context) {
        itemEditor = new ItemEditor(context.viewModel());
        itemEditor.setLinkOpener(context.openLink());
        itemEditor.setMessages(context.showMessage());
        viewModel = context.viewModel();
        showMessage = context.showMessage();
        // what each tab holds runs in the version's direction; the tabs' names are the application's, left to right
        itemTab = new Tab("Agenda item", VersionLanguage.turn(itemEditor.node(), viewModel));
        itemTab.setId("itemTab");
        detailsTab = new Tab("Meeting details");
        detailsTab.setId("detailsTab");
        this.context = context;
        scheduleTab = new Tab("Organization of work");
        scheduleTab.setId("scheduleTab");
        tabs.getTabs().setAll(itemTab, detailsTab, scheduleTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("editorTabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now == detailsTab) {
                detailsEditor();
            }
            if (now == scheduleTab) {
                scheduleView().setActive(true);
            } else if (scheduleView != null) {
                scheduleView.setActive(false);
            }
        });
        // selecting an item in the agenda shows it, unless the officer is arranging the organization of work, where
        // the selection highlights the item's entries instead (and a drag from the agenda starts with a selection)
        context.viewModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (tabs.getSelectionModel().getSelectedItem() != scheduleTab) {
                tabs.getSelectionModel().select(itemTab);
            }
        });
    }

    static RightPane.Factory factory() {
        return EditorPane::new;
    }

    @Override
    public Node node() {
        return tabs;
    }

    @Override
    public ProblemNavigator problemNavigator() {
        return target -> {
            if (target instanceof Target.Detail detail) {
                tabs.getSelectionModel().select(detailsTab);
                detailsEditor().showField(detail.field());
            } else if (target instanceof Target.Documentation documentation) {
                tabs.getSelectionModel().select(itemTab);
                itemEditor.showDocumentation(documentation.index());
            } else if (target instanceof Target.Annotation) {
                tabs.getSelectionModel().select(itemTab);
                itemEditor.editAnnotation();
            } else if (target instanceof Target.Punctuation) {
                tabs.getSelectionModel().select(itemTab);
                itemEditor.showListEnd();
            } else if (target instanceof Target.Agenda) {
                // the agenda is on the left, and the window puts the focus there; its item tab says it is empty
                tabs.getSelectionModel().select(itemTab);
            } else if (target instanceof Target.Item) {
                tabs.getSelectionModel().select(itemTab);
                itemEditor.editTitle();
            } else {
                // days, meetings, entries, the organization as a whole
                tabs.getSelectionModel().select(scheduleTab);
                scheduleView().show(target);
            }
        };
    }

    @Override
    public void showOrganizationOfWork() {
        tabs.getSelectionModel().select(scheduleTab);
    }

    @Override
    public void scheduleIn(ItemId item) {
        scheduleView().scheduleIn(item);
    }

    @Override
    public void connectAgenda(Node agenda) {
        this.agenda = agenda;
        if (scheduleView != null) {
            scheduleView.acceptRemovalOn(agenda);
        }
    }

    @Override
    public void firstFrameShown() {
        itemEditor.annotationEditor();
    }

    @Override
    public void dispose() {
        if (scheduleView != null) {
            scheduleView.dispose();
        }
        itemEditor.dispose();
        if (detailsEditor != null) {
            detailsEditor.dispose();
        }
    }

    private ScheduleView scheduleView() {
        if (scheduleView == null) {
            scheduleView = new ScheduleView(context.viewModel(), context.schedulePrompts(), context.showMessage());
            if (agenda != null) {
                scheduleView.acceptRemovalOn(agenda);
            }
            scheduleTab.setContent(VersionLanguage.turn(scheduleView, context.viewModel()));
        }
        return scheduleView;
    }

    private DetailsEditor detailsEditor() {
        if (detailsEditor == null) {
            detailsEditor = new DetailsEditor(viewModel);
            detailsEditor.setMessages(showMessage);
            detailsTab.setContent(VersionLanguage.turn(detailsEditor, viewModel));
            // styled and laid out now, not at the next pulse: a problem clicked puts the caret into a field at once,
            // and a field enters the scene only with its scroll pane's skin
            detailsEditor.applyCss();
            detailsEditor.layout();
        }
        return detailsEditor;
    }
}
