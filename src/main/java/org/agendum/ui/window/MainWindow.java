package org.agendum.ui.window;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.agendum.corrigendum.CorrectedDocument;
import org.agendum.corrigendum.Instruction;
import org.agendum.docx.CorrigendumExport;
import org.agendum.docx.ReissueNote;
import org.agendum.edit.CommandStack;
import org.agendum.edit.EditRejectedException;
import org.agendum.edit.IssueVersion;
import org.agendum.edit.MeetingChange;
import org.agendum.gesture.AgendaCommands;
import org.agendum.gesture.ChangedPlace;
import org.agendum.gesture.UnplacedText;
import org.agendum.importing.recognize.ImportResult;
import org.agendum.model.AgendaItem;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.model.ItemId;
import org.agendum.model.Meeting;
import org.agendum.model.Reissue;
import org.agendum.session.Autosaver;
import org.agendum.session.DocumentState;
import org.agendum.session.EmblemPreference;
import org.agendum.session.FileCommands;
import org.agendum.session.FileDialogs;
import org.agendum.session.OpenFileLock;
import org.agendum.session.Prompts;
import org.agendum.session.RecentFiles;
import org.agendum.session.RecoveryStore;
import org.agendum.session.WindowTitle;
import org.agendum.trackedchanges.Revision;
import org.agendum.trackedchanges.RevisionDocument;
import org.agendum.typography.UnDates;
import org.agendum.ui.changes.Baselines;
import org.agendum.ui.changes.ChangePlaces;
import org.agendum.ui.changes.ChangesPanel;
import org.agendum.ui.common.MeetingViewModel;
import org.agendum.ui.common.Theme;
import org.agendum.ui.common.VersionLanguage;
import org.agendum.ui.files.CorrigendumDialog;
import org.agendum.ui.files.EmblemDialog;
import org.agendum.ui.files.FxBackground;
import org.agendum.ui.files.IssueDialog;
import org.agendum.ui.files.IssuedVersionsDialog;
import org.agendum.ui.files.LanguageVersionDialog;
import org.agendum.ui.files.NewSessionDialog;
import org.agendum.ui.files.ProgrammeExportCommand;
import org.agendum.ui.files.ProgrammeExportDialog;
import org.agendum.ui.files.RevisionDialog;
import org.agendum.ui.files.WordExportCommand;
import org.agendum.ui.importing.DocumentImport;
import org.agendum.ui.importing.ImportReportPanel;
import org.agendum.ui.importing.PastedTextDialog;
import org.agendum.ui.problems.ProblemsPanel;
import org.agendum.ui.tree.AgendaTreeView;
import org.agendum.ui.tree.ItemClipboard;
import org.agendum.validation.Problem;
import org.agendum.validation.Target;

/**
 * The main window of one meeting, and the place where its parts are put together: menu bar and toolbar on top,
 * the agenda tree on the left, the right pane ({@link RightPane}) beside it, the problems panel below them, the
 * status bar at the bottom. Every command is an {@link AppAction} bound here to what it does.
 */
public final class MainWindow {
    static final double WIDTH = 1200;
    static final double HEIGHT = 800;
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;
    static final double TREE_SHARE = 0.3;
    static final double PROBLEMS_SHARE = 0.78;
    /** The import report has more to read than the problems: the work area keeps three fifths of the height. */
    static final double IMPORT_REPORT_SHARE = 0.6;
    /** File ▸ Export Revision… with no issued version: a revision is of something circulated. */
    static final String NOTHING_ISSUED =
            "Nothing has been issued yet: File \u25b8 Issue\u2026 records the circulated version first.";

    private final Stage stage;
    private final java.util.function.Consumer<MeetingChange> showUndone = this::showUndone;
    private final CommandStack stack;
    private final MeetingViewModel viewModel;
    private final DocumentState document;
    private final DocumentProperties documentProperties;
    private final StatusBar statusBar;
    private final AgendaCommands commands;
    private final AgendaTreeView tree;
    private final RightPane rightPane;
    /** Made when first shown: most sessions never open it, and a start need not build or style it. */
    private ProblemsPanel problemsPanel;
    private final BooleanProperty problemsShown = new SimpleBooleanProperty(this, "problemsShown");
    /** Made when first shown, like the problems. */
    private ChangesPanel changesPanel;
    private final BooleanProperty changesShown = new SimpleBooleanProperty(this, "changesShown");
    /** What the Changes view compares with: the meeting as the file held it when opened or last saved. */
    private final SavedMeeting savedMeeting;
    /** The last import's report, made at the first import. */
    private ImportReportPanel importReport;
    private final BooleanProperty importReportShown = new SimpleBooleanProperty(this, "importReportShown");
    private final BooleanProperty hasImportReport = new SimpleBooleanProperty(this, "hasImportReport");
    private final DocumentImport documentImport;
    private final Actions actions = new Actions();
    private final RecentFiles recentFiles;
    private final RecoveryStore recovery;
    private final Autosaver autosaver;
    private final OpenFileLock fileLock;
    private final FileCommands files;
    private final EditCommands edits;
    private final WordExportCommand wordExport;
    private final Prompts prompts;
    private final ProgrammeExportCommand programmeExport;
    private final EmblemPreference emblem;
    private final FileDialogs fileDialogs;
    /** Today, for a new session's date of issue. */
    private final Clock clock;
    /** Where meeting files are read (File ▸ Open, Open Recent, a restore), off the FX thread. */
    private final FxBackground reading = new FxBackground("meeting-reader");
    private final BorderPane root = new BorderPane();
    private final SplitPane split;
    private final SplitPane workArea;
    private final Scene scene;
    private boolean closeConfirmed;
    private boolean disposed;
    /** What this window was set up with: a read-only issued version's window is set up from it. */
    private final WindowSetup setup;
    /** This window shows an issued version: nothing replaces or changes its meeting, nothing autosaves it. */
    private final boolean issuedView;

    private MainWindow(Stage stage, CommandStack stack, WindowSetup setup) {
        this.stage = stage;
        this.stack = stack;
        this.setup = setup;
        this.issuedView = setup.issuedViewTitle() != null;
        this.clock = setup.clock();
        // validated after the first frame, which does not need the problems (see show)
        viewModel = new MeetingViewModel(stack, false);
        document = new DocumentState(stack, setup.file() == null ? null : setup.file().toAbsolutePath(),
                setup.sample());
        documentProperties = new DocumentProperties(document);
        savedMeeting = new SavedMeeting(stack, document);
        statusBar = new StatusBar(viewModel, documentProperties, () -> problemsShown.set(true),
                setup.documentOpener());
        commands = new AgendaCommands(stack, viewModel, statusBar::showMessage, statusBar::showMessage);
        tree = new AgendaTreeView(viewModel, commands, statusBar);
        rightPane = Objects.requireNonNull(setup.rightPane().create(
                new PaneContext(viewModel, setup.openLink(), statusBar::showMessage, setup.schedulePrompts())),
                "right pane");
        rightPane.connectAgenda(tree);
        EmptyAgendaHint agenda = new EmptyAgendaHint(tree, viewModel,
                () -> commands.addItem().ifPresent(tree::startRename));
        // the agenda runs right to left in an Arabic version; the menus and the status bar stay the application's
        VersionLanguage.turn(agenda, viewModel);
        split = new SplitPane(agenda, rightPane.node());
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(agenda, false);
        workArea = new SplitPane(split);
        workArea.setId("workArea");
        workArea.setOrientation(Orientation.VERTICAL);
        problemsShown.addListener((obs, was, shown) -> showProblemsPanel(shown));
        changesShown.addListener((obs, was, shown) -> showChangesPanel(shown));
        importReportShown.addListener((obs, was, shown) -> showBelow(importReport, shown && importReport != null,
                IMPORT_REPORT_SHARE));
        // another meeting in the window (opened, new, restored): the report was about the one before
        stack.addListener(change -> {
            if (change.kind() == MeetingChange.Kind.RESET) {
                importReportShown.set(false);
                hasImportReport.set(false);
            }
        });

        root.setCenter(workArea);
        root.setBottom(statusBar);
        root.getStyleClass().add("main-window");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(Theme.stylesheet());
        edits = new EditCommands(stack, commands, new EditRouter(scene::getFocusOwner),
                new ItemClipboard(Clipboard.getSystemClipboard()), statusBar::showMessage);

        recentFiles = new RecentFiles(setup.configFolder());
        recovery = new RecoveryStore(setup.dataFolder(), setup.processId());
        autosaver = new Autosaver(stack, document, recovery, setup.autosaveInterval(), setup.clock(),
                statusBar::showMessage, Platform::runLater, new FxTicker());
        fileLock = new OpenFileLock(setup.processId(), setup.clock(), setup.disk(), statusBar::showMessage);
        fileDialogs = setup.fileDialogs(stage);
        prompts = setup.prompts(stage);
        // what is being read stays in the status bar until it is open (or refused)
        reading.noteProperty().addListener((obs, was, note) -> {
            if (note.isEmpty()) {
                statusBar.clearIf(was);
            } else {
                statusBar.show(note);
            }
        });
        files = new FileCommands(new FileCommands.Context(stack, document, fileDialogs,
                prompts, recentFiles, autosaver, recovery, fileLock, setup.disk(), statusBar::showMessage,
                this::closeNow, setup.clock(), reading, setup.meetingReader()));
        if (setup.file() != null) {
            files.startWith(setup.file());
        }

        documentImport = new DocumentImport(files, fileDialogs, () -> PastedTextDialog.ask(stage),
                this::showImported);

        emblem = new EmblemPreference(setup.configFolder());
        wordExport = new WordExportCommand(stack, fileDialogs, prompts,
                files::folder, files::suggestedName, document::file, statusBar::showMessage,
                viewModel::problems, this::showProblemsAt, statusBar::showExported,
                emblem::picture);
        programmeExport = new ProgrammeExportCommand(stack, fileDialogs, prompts, files::folder,
                files::suggestedName, document::file, statusBar::showMessage, statusBar::showExported,
                meeting -> new ProgrammeExportDialog(stage,
                        meeting.details().processing().dutyStation().timeZone()).showAndWait());

        bindActions();
        statusBar.onNextToReview(this::selectNextToReview);
        TreeActions.bind(tree, actions);
        ObservableList<Path> recent = FXCollections.observableArrayList(recentFiles.files());
        recentFiles.addListener(() -> recent.setAll(recentFiles.files()));
        javafx.scene.control.MenuBar menuBar = MainMenu.menuBar(actions, recent, files::open, recentFiles::clear,
                edits::refreshPaste);
        root.setTop(new VBox(menuBar, MainMenu.toolBar(actions)));
        actions.installShortcuts(scene);
        if (issuedView) {
            // an issued version's window never becomes another document
            menuBar.getMenus().get(0).getItems().stream().filter(item -> "menu-open-recent".equals(item.getId()))
                    .forEach(recentMenu -> recentMenu.setDisable(true));
        } else {
            FileDrop.install(scene, files::open, documentImport::importDocument, statusBar::showMessage);
        }
        // last, so that every view has taken the change before the window shows where it was
        stack.addListener(showUndone);
    }

    /** Builds the window for the meeting on {@code stack} into {@code stage} and shows it; no file, not the sample. */
    public static MainWindow show(Stage stage, CommandStack stack, Consumer<String> openLink) {
        return show(stage, stack, new WindowSetup().openLink(openLink));
    }

    /** Builds the window for the meeting on {@code stack}, as {@code setup} says, into {@code stage} and shows it. */
    public static MainWindow show(Stage stage, CommandStack stack, WindowSetup setup) {
        Objects.requireNonNull(stage, "stage");
        Theme.apply();
        MainWindow window = new MainWindow(stage, Objects.requireNonNull(stack, "stack"), Objects.requireNonNull(setup));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // the scene starts at full size (1200 × 800, or the screen when smaller) so that the divider lands at its
        // share of it; after that the tree keeps its width and the right pane takes up what the window gains or loses
        window.split.setDividerPositions(TREE_SHARE);
        stage.setScene(window.scene);
        if (window.issuedView) {
            stage.setTitle(setup.issuedViewTitle());
        } else {
            stage.titleProperty().bind(window.documentProperties.titleProperty());
        }
        stage.setWidth(window.scene.getWidth());
        stage.setHeight(window.scene.getHeight());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setOnCloseRequest(event -> {
            if (!window.files.close()) {
                event.consume();
            }
        });
        stage.setOnHidden(event -> window.dispose());
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                window.edits.refreshPaste();
            }
        });
        stage.show();
        stage.centerOnScreen();
        window.tree.requestFocus();
        if (!window.issuedView) {
            window.autosaver.start();
        }
        // after the first frame, which needs none of it: first what the officer may use at once (the annotation's
        // editor, shown as a preview until then), then the problems (the status bar counts them a pulse later), the
        // icons (decoded from six pictures) and the Word export's warm-up (loading and compiling its writer beside
        // the window's own start would slow it on a machine of two cores)
        FirstFrame.after(window.scene, () -> {
            window.rightPane.firstFrameShown();
            Platform.runLater(() -> {
                window.viewModel.check();
                stage.getIcons().setAll(AppIcons.all());
                window.wordExport.warmUp();
            });
        });
        return window;
    }

    public MeetingViewModel viewModel() {
        return viewModel;
    }

    /**
     * At start, once the window is up: asks what to do if another Agendum has the window's file open, then offers
     * to restore the work an earlier Agendum lost in a crash, if any (see {@link FileCommands}).
     */
    public void askStartupQuestions() {
        try {
            files.askAboutStartupFile();
        } finally {
            files.offerRecovery(); // whatever a lock file held, the offer to restore lost work is made
        }
    }

    /**
     * At start: offers to restore the work an earlier Agendum lost in a crash, if any (see {@link FileCommands}).
     *
     * @return completes on the FX thread once the work is restored (true) or not
     */
    public java.util.concurrent.CompletableFuture<Boolean> offerRecovery() {
        return files.offerRecovery();
    }

    FileCommands files() {
        return files;
    }

    /** Imports a document as File ▸ Import… does once one is chosen (a document given on the command line). */
    public void importDocument(Path file) {
        documentImport.importDocument(file);
    }

    /** Whether a meeting file is being read (File ▸ Open, Open Recent, a restore); for tests, which wait for it. */
    public boolean isReadingFile() {
        return reading.isBusy();
    }

    public DocumentState document() {
        return document;
    }

    AgendaTreeView tree() {
        return tree;
    }

    Actions actions() {
        return actions;
    }

    StatusBar statusBar() {
        return statusBar;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    public RecoveryStore recovery() {
        return recovery;
    }

    Autosaver autosaver() {
        return autosaver;
    }

    BooleanProperty problemsShownProperty() {
        return problemsShown;
    }

    // ---- actions -------------------------------------------------------------------------------------------

    private void bindActions() {
        var changes = documentProperties.changesProperty();
        var focus = scene.focusOwnerProperty();
        BooleanBinding selected = Bindings.isNotNull(viewModel.selectedItemProperty());

        // an issued version's window shows that version only: what would put another meeting in it, or a file
        // under it, is off (its edits are refused by its stack)
        BooleanProperty ownDocument = new SimpleBooleanProperty(!issuedView);
        actions.on(AppAction.NEW, files::newMeeting, ownDocument)
                .on(AppAction.NEW_SESSION, this::newSession, ownDocument)
                .on(AppAction.NEW_LANGUAGE_VERSION, this::newLanguageVersion, ownDocument)
                .on(AppAction.OPEN, files::open, ownDocument)
                .on(AppAction.IMPORT, documentImport::importDocument, ownDocument)
                .on(AppAction.IMPORT_TEXT, documentImport::importPastedText, ownDocument)
                .on(AppAction.SAVE, files::save, ownDocument)
                .on(AppAction.SAVE_AS, files::saveAs, ownDocument)
                .on(AppAction.ISSUE, this::issue, ownDocument)
                .on(AppAction.ISSUED_VERSIONS, this::showIssuedVersions, ownDocument)
                .on(AppAction.EXPORT_WORD, wordExport::export, wordExport.runningProperty().not())
                .on(AppAction.EXPORT_CIRCULATED, this::exportCirculated,
                        wordExport.runningProperty().not().and(ownDocument))
                .on(AppAction.EXPORT_REVISION, this::exportRevision,
                        wordExport.runningProperty().not().and(ownDocument))
                .on(AppAction.EXPORT_CORRIGENDUM, this::exportCorrigendum,
                        wordExport.runningProperty().not().and(ownDocument))
                .on(AppAction.EXPORT_PROGRAMME, programmeExport::export, programmeExport.runningProperty().not())
                .on(AppAction.EMBLEM, this::chooseEmblem)
                .on(AppAction.CLOSE, files::close)
                .on(AppAction.QUIT, files::close);

        edits.bind(actions, changes, focus, viewModel.selectedItemProperty());

        actions.on(AppAction.ADD_ITEM, () -> commands.addItem().ifPresent(tree::startRename))
                .on(AppAction.ADD_SUB_ITEM, () -> commands.addSubItem().ifPresent(tree::startRename),
                        selected)
                .on(AppAction.RENAME, () -> commands.selected().ifPresent(tree::startRename), selected)
                .on(AppAction.DELETE, commands::delete, selected)
                .on(AppAction.MOVE_UP, commands::moveUp, selected)
                .on(AppAction.MOVE_DOWN, commands::moveDown, selected)
                .on(AppAction.INDENT, commands::indent, selected)
                .on(AppAction.OUTDENT, commands::outdent, selected)
                .on(AppAction.MARK_REVIEWED, commands::markReviewed, Bindings.createBooleanBinding(
                        this::selectedToReview, viewModel.selectedItemProperty(), viewModel.meetingProperty()))
                .on(AppAction.SCHEDULE_IN, () -> commands.selected().ifPresent(rightPane::scheduleIn),
                        selected)
                .on(AppAction.EXPAND_ALL, () -> tree.setAllExpanded(true))
                .on(AppAction.COLLAPSE_ALL, () -> tree.setAllExpanded(false));

        actions.toggle(AppAction.SHOW_IMPORT_REPORT, importReportShown, hasImportReport)
                .toggle(AppAction.SHOW_PROBLEMS, problemsShown)
                .toggle(AppAction.SHOW_CHANGES, changesShown)
                .toggle(AppAction.SHOW_ONLY_MARKED, tree.onlyMarkedProperty())
                .on(AppAction.SHOW_SCHEDULE, rightPane::showOrganizationOfWork)
                .on(AppAction.SWITCH_PANE, this::switchPane)
                .on(AppAction.SHORTCUTS, () -> ShortcutsDialog.show(stage));
    }

    /**
     * File ▸ New Session from This Meeting…: the dialog, then the new session as a new document without a file (after
     * the question about unsaved changes); the status bar says how many items are to review and what does not fit.
     */
    private void newSession() {
        Meeting last = stack.meeting();
        new NewSessionDialog(stage, last, LocalDate.now(clock)).showAndWait().ifPresent(result -> {
            if (files.newMeetingFrom(result.meeting())) {
                tree.requestFocus();
                String made = "New session made from " + (last.details().masthead().symbol().isBlank() ? "the meeting"
                        : last.details().masthead().symbol()) + ": " + StatusBar.marksText(
                        result.meeting().agenda()) + ". Save it under a name of its own.";
                statusBar.showDone(String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(made),
                        result.notes().stream()).toList()));
            }
        });
    }

    /**
     * File ▸ New Language Version…: the language, then the version as a new document without a file (after the
     * question about unsaved changes); the status bar says how many items are to translate and which other texts.
     */
    private void newLanguageVersion() {
        Meeting original = stack.meeting();
        new LanguageVersionDialog(stage, original).showAndWait().ifPresent(result -> {
            if (files.newMeetingFrom(result.meeting())) {
                tree.requestFocus();
                Meeting version = result.meeting();
                String made = version.details().masthead().versionLanguage().englishName() + " version made: "
                        + StatusBar.marksText(version.agenda()) + (result.otherTexts().isEmpty() ? ""
                        : "; in the details and the organization of work, translate too: "
                        + String.join(", ", result.otherTexts())) + ". Save it under a name of its own.";
                statusBar.showDone(made);
            }
        });
    }

    /**
     * File ▸ Issue…: the symbol and date, then the meeting as it is recorded as issued, one step Undo takes back.
     */
    private void issue() {
        new IssueDialog(stage, stack.meeting(), LocalDate.now(clock)).showAndWait().ifPresent(edit -> {
            try {
                stack.execute(edit);
                statusBar.showDone("Issued as " + edit.symbol() + " on " + UnDates.date(edit.date())
                        + "; File \u25b8 Issued Versions\u2026 lists it. Save to keep it in the file.");
            } catch (EditRejectedException e) {
                statusBar.showMessage("Not issued: " + e.getMessage());
            }
        });
    }

    /**
     * File ▸ Export Circulated Version to Word…: the Issue dialog, then the export; the meeting exported is recorded as
     * issued when its document is written, and not at all when the export fails or is cancelled.
     */
    private void exportCirculated() {
        new IssueDialog(stage, stack.meeting(), LocalDate.now(clock)).showAndWait().ifPresent(issue ->
                wordExport.export(recordIssued(issue)));
    }

    /**
     * File ▸ Export Revision…: whether to mark the changes and against which issued version, or to reissue the
     * document for technical reasons; for a revision the Issue dialog with the next "/Rev.N"; then the export, recorded
     * as issued as above (a reissue under the document's own symbol, with today's date).
     */
    private void exportRevision() {
        Meeting meeting = stack.meeting();
        Optional<Reissue> reissue = Reissue.of(meeting);
        if (reissue.isEmpty()) {
            statusBar.showMessage(NOTHING_ISSUED);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Revision revision = new Revision(Revision.AUTHOR, clock.instant());
        String reissued = reissue.get().symbol() + "* with the note \u201c* " + ReissueNote.of(meeting, today) + "\u201d";
        new RevisionDialog(stage, meeting.issued(), reissued).showAndWait().ifPresent(choice -> {
            if (choice.reissue()) {
                RevisionDocument document = RevisionDocument.reissue(reissue.get(), today, revision);
                wordExport.export(document.fileName(), document::write,
                        recordIssued(new IssueVersion(reissue.get().symbol(), today, IssueKind.REISSUE)));
                return;
            }
            new IssueDialog(stage, stack.meeting(), today).showAndWait().ifPresent(issue -> {
                RevisionDocument document = new RevisionDocument(issue.symbol(), issue.date(),
                        choice.tracked() ? Optional.of(choice.comparedWith().meeting()) : Optional.empty(), revision);
                wordExport.export(document.fileName(), document::write, recordIssued(issue));
            });
        });
    }

    /**
     * File ▸ Export Corrigendum…: the instructions written from the changes since the last issued version, in a dialog
     * for the officer to edit, then the export of "…/Corr.N" as typed; on success the meeting exported is recorded as
     * issued under that symbol, as the circulated version is. Refused in words when nothing was issued or nothing
     * changed.
     */
    private void exportCorrigendum() {
        Meeting meeting = stack.meeting();
        Optional<CorrectedDocument> corrected = CorrectedDocument.lastIssued(meeting);
        if (corrected.isEmpty()) {
            refuseCorrigendum("Nothing has been issued yet, and a corrigendum corrects an issued document. Issue "
                    + "it first (File \u25b8 Issue\u2026 or Export Circulated Version to Word\u2026).");
            return;
        }
        List<Instruction> instructions = corrected.get().instructionsFor(meeting);
        if (instructions.isEmpty()) {
            refuseCorrigendum("Nothing has changed since " + corrected.get().symbol()
                    + " was issued: there is nothing to correct.");
            return;
        }
        String symbol = corrected.get().corrigendumSymbol(meeting.issued());
        LocalDate date = LocalDate.now(clock);
        new CorrigendumDialog(stage, symbol, instructions).showAndWait().ifPresent(typed -> wordExport.export(
                (exported, target, options, progress) -> CorrigendumExport.export(exported, symbol, date, typed,
                        target, options),
                recordIssued(new IssueVersion(symbol, date, IssueKind.CORRIGENDUM))));
    }

    private void refuseCorrigendum(String why) {
        statusBar.showMessage("No corrigendum exported: " + why);
        prompts.showError(Prompts.Failure.EXPORT, why + "\n\nNothing was written.");
    }

    /**
     * What an export of a version being issued does once its document is written: records the meeting exported as
     * issued, one step Undo takes back (nothing is recorded when the export fails or is cancelled).
     */
    private Consumer<Meeting> recordIssued(IssueVersion issue) {
        return exported -> {
            try {
                stack.execute(issue.of(exported));
                statusBar.showMessage("Exported and issued as " + issue.symbol() + " on "
                        + UnDates.date(issue.date()) + ". Save to keep the issued version in the file.");
            } catch (EditRejectedException e) {
                statusBar.showMessage("Exported, not issued: " + e.getMessage());
            }
        };
    }

    /** File ▸ Issued Versions…: the list, then the chosen version in a read-only window of its own. */
    private void showIssuedVersions() {
        new IssuedVersionsDialog(stage, stack.meeting().issued()).showAndWait().ifPresent(this::openIssued);
    }

    /**
     * An issued version in a window of its own, read-only: its stack refuses every edit with a sentence the status bar
     * shows, and the title says what it is ("… — issued 9 April 2018, read-only").
     */
    private void openIssued(IssuedVersion version) {
        String why = version.symbol() + " as issued on " + UnDates.date(version.date())
                + " is read-only: nothing in it can be changed.";
        show(new Stage(), CommandStack.readOnly(version.meeting(), why), setup.issuedView(WindowTitle.issued(version)));
    }

    /** Whether the selected item is still marked (Mark as reviewed or translated is enabled only then). */
    private boolean selectedToReview() {
        ItemId id = viewModel.selectedItem();
        return id != null && viewModel.meeting().agenda().find(id).map(item -> item.mark().isMarked()).orElse(false);
    }

    /**
     * The status bar's count clicked: the next item to review or translate after the selected one, from the top after
     * the last.
     */
    private void selectNextToReview() {
        List<ItemId> left = stack.meeting().agenda().marked();
        if (left.isEmpty()) {
            return;
        }
        List<ItemId> order = stack.meeting().agenda().allItems().stream().map(AgendaItem::id).toList();
        int here = order.indexOf(viewModel.selectedItem());
        ItemId next = left.stream().filter(id -> order.indexOf(id) > here).findFirst().orElse(left.get(0));
        viewModel.select(next);
        tree.requestFocus();
    }

    /** File ▸ Emblem for the Masthead…: the dialog, with the masthead of the meeting as it is now. */
    private void chooseEmblem() {
        var details = stack.meeting().details();
        if (new EmblemDialog(stage, details.masthead(), details.processing().dutyStation(), emblem, fileDialogs)
                .showAndWait()) {
            statusBar.showMessage(emblem.picture().map(picture -> "The masthead\u2019s emblem is "
                    + picture.getFileName() + ".").orElse("The masthead has no emblem."));
        }
    }

    /** Sends the focus from the agenda to the right pane and back (F6): Tab indents in the tree. */
    private void switchPane() {
        Node focus = scene.getFocusOwner();
        if (focus != null && isInside(focus, tree)) {
            Node target = firstFocusable(rightPane.node());
            (target != null ? target : rightPane.node()).requestFocus();
        } else {
            tree.requestFocus();
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Node firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    // ---- problems ------------------------------------------------------------------------------------------

    private void showProblemsPanel(boolean shown) {
        if (shown && problemsPanel == null) {
            problemsPanel = new ProblemsPanel(viewModel, this::goTo, () -> problemsShown.set(false));
        }
        showBelow(problemsPanel, shown, PROBLEMS_SHARE);
    }

    // ---- changes -------------------------------------------------------------------------------------------

    private void showChangesPanel(boolean shown) {
        if (shown && changesPanel == null) {
            changesPanel = new ChangesPanel(viewModel,
                    new Baselines(viewModel.meetingProperty(), savedMeeting.meetingProperty()),
                    change -> show(ChangePlaces.of(change.target())), () -> changesShown.set(false));
        }
        showBelow(changesPanel, shown, PROBLEMS_SHARE);
    }

    /** The changes panel, once it has been shown. */
    ChangesPanel changesPanel() {
        return changesPanel;
    }

    /** A panel below the work area (problems, changes, import report) shown or hidden. */
    private void showBelow(Node panel, boolean shown, double workAreaShare) {
        if (panel == null) {
            return;
        }
        if (shown && !workArea.getItems().contains(panel)) {
            SplitPane.setResizableWithParent(panel, false);
            workArea.getItems().add(panel);
            workArea.setDividerPositions(workAreaShare);
        } else if (!shown) {
            workArea.getItems().remove(panel);
        }
    }

    // ---- import ----------------------------------------------------------------------------------------------

    /** An import is in the window as a new meeting: its report shown below the work area, its first item selected. */
    private void showImported(ImportResult result) {
        if (importReport == null) {
            importReport = new ImportReportPanel(viewModel,
                    new UnplacedText(stack, viewModel, statusBar::showMessage), () -> importReportShown.set(false));
        }
        importReport.show(result.report());
        hasImportReport.set(true);
        importReportShown.set(false);
        importReportShown.set(true);
        statusBar.showMessage(result.report().summary());
    }

    /** The import report's panel, once there has been an import. */
    ImportReportPanel importReportPanel() {
        return importReport;
    }

    /** Export's "Show Problems": the problems panel shown, and the place of {@code first} (its item selected). */
    private void showProblemsAt(Problem first) {
        problemsShown.set(true);
        goTo(first);
    }

    /** A problem clicked: select its item, then let the right pane show its place. */
    void goTo(Problem problem) {
        show(problem.target());
    }

    /**
     * After an undo or a redo: selects and shows what the step changed (the item, the field, the entry), so that the
     * officer sees what came back or went. An item is only selected: the caret stays where it was.
     */
    private void showUndone(MeetingChange change) {
        if (change.kind() != MeetingChange.Kind.UNDO && change.kind() != MeetingChange.Kind.REDO) {
            return;
        }
        ChangedPlace.of(change).ifPresent(target -> {
            if (target instanceof Target.Item item) {
                viewModel.select(item.id());
            } else {
                show(target);
            }
        });
    }

    private void show(Target target) {
        if (target instanceof Target.Item item) {
            viewModel.select(item.id());
        } else if (target instanceof Target.Documentation documentation) {
            viewModel.select(documentation.item());
        } else if (target instanceof Target.Annotation annotation) {
            viewModel.select(annotation.item());
        } else if (target instanceof Target.Punctuation punctuation) {
            viewModel.select(punctuation.item());
        }
        rightPane.problemNavigator().show(target);
        if (target instanceof Target.Agenda) {
            tree.requestFocus(); // where the first item is added (its empty hint says how)
        }
    }

    // ---- closing -------------------------------------------------------------------------------------------

    /** Closes after the question about unsaved changes has been answered. */
    private void closeNow() {
        closeConfirmed = true;
        stage.hide();
    }

    /**
     * The window is gone. The recovery file goes too, unless the window was closed without the question while
     * there was unsaved work (the system ended the session): then it stays, to be offered at the next start.
     */
    private void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        // kept, not deleted, for an issued version's window: the recovery file there would be its document's own
        autosaver.close(issuedView || stack.isDirty() && !closeConfirmed);
        fileLock.release();
        rightPane.dispose();
        wordExport.dispose();
        programmeExport.dispose();
        reading.dispose();
        documentProperties.dispose();
        savedMeeting.dispose();
        document.dispose();
        stack.removeListener(showUndone);
        viewModel.dispose();
    }
}
