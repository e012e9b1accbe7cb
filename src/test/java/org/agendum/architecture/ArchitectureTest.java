package org.agendum.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of docs/architecture.md: ui → session, gesture → edit → model; file, docx and cli read the model and never the ui.
 * The ui's feature packages (window, tree, files, problems, …) depend on each other without a circle.
 */
@AnalyzeClasses(packages = "org.agendum", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String JAVA = "java..";

    @ArchTest
    static final ArchRule modelIsPlainJava = classes().that().resideInAPackage("org.agendum.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.model..", JAVA)
            .because("the model has no JavaFX, POI or Jackson in it");

    @ArchTest
    static final ArchRule typographyIsPlainJava = classes().that().resideInAPackage("org.agendum.typography..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.typography..", JAVA);

    @ArchTest
    static final ArchRule editSeesOnlyTheModel = classes().that().resideInAPackage("org.agendum.edit..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.agendum.edit..", "org.agendum.model..", "org.agendum.typography..", JAVA);

    @ArchTest
    static final ArchRule validationReadsOnlyTheModel = classes().that().resideInAPackage("org.agendum.validation..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.agendum.validation..", "org.agendum.model..", "org.agendum.typography..", JAVA);

    @ArchTest
    static final ArchRule safeFileWritingIsPlainJava = classes().that().resideInAPackage("org.agendum.io..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.io..", JAVA);

    @ArchTest
    static final ArchRule docxNeverDependsOnUiEditCliOrFile = noClasses().that().resideInAPackage("org.agendum.docx..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.agendum.ui..", "org.agendum.edit..", "org.agendum.cli..", "org.agendum.file..")
            .because("the Word export reads the model only, so the window and the command line can both call it");

    @ArchTest
    static final ArchRule docxUsesOnlyTheModelTypographyAndSafeWriting = classes().that()
            .resideInAPackage("org.agendum.docx..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.docx..", "org.agendum.model..",
                    "org.agendum.typography..", "org.agendum.annex..", "org.agendum.corrigendum..", "org.agendum.io..",
                    "javax.imageio..", JAVA)
            .because("the Word export streams its XML into a zip of its own, with the JDK only (decision 0004)");

    @ArchTest
    static final ArchRule theAnnexTableIsPlainJavaOverTheModel = classes().that().resideInAPackage("org.agendum.annex..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.annex..", "org.agendum.model..",
                    "org.agendum.typography..", JAVA)
            .because("the Word annex and the programme's exports are made from this one table of the organization of "
                    + "work, in the version's words");

    @ArchTest
    static final ArchRule theSessionIsFreeOfTheToolkitAndTheUi = noClasses().that()
            .resideInAPackage("org.agendum.session..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.fxmisc..", "org.controlsfx..", "org.agendum.ui..")
            .because("the open document's state and the open, save and close decisions are tested without a window");

    @ArchTest
    static final ArchRule gesturesArePlainJavaOverTheEdits = classes().that().resideInAPackage("org.agendum.gesture..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.agendum.gesture..", "org.agendum.edit..", "org.agendum.model..", "org.agendum.typography..",
                    "org.agendum.validation..", JAVA)
            .because("what a gesture does to the meeting is decided without JavaFX and tested without a window (it "
                    + "names places in the meeting as validation's targets do)");

    @ArchTest
    static final ArchRule rollForwardIsPlainJavaOverTheModel = classes().that()
            .resideInAPackage("org.agendum.rollforward..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.rollforward..", "org.agendum.model..",
                    "org.agendum.typography..", "org.agendum.validation..", JAVA)
            .because("next session's meeting is a pure function of last session's: no stack, no file, no window, so "
                    + "it is tested as plain Java (the window opens its result as a new document)");

    @ArchTest
    static final ArchRule aLanguageVersionIsPlainJavaOverTheModel = classes().that()
            .resideInAPackage("org.agendum.version..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.version..", "org.agendum.model..",
                    "org.agendum.typography..", JAVA)
            .because("a language version is a pure function of the original meeting and the language: no stack, no "
                    + "file, no window, so it is tested as plain Java (the window opens its result as a new document)");

    @ArchTest
    static final ArchRule whatChangedIsPlainJavaOverTheModel = classes().that()
            .resideInAPackage("org.agendum.changes..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.changes..", "org.agendum.model..",
                    "org.agendum.typography..", "com.github.difflib..", JAVA)
            .because("what changed between two versions is a pure function of the two meetings: the Changes view "
                    + "shows it and a revision's tracked changes can be written from it, without a stack, a file or "
                    + "a window");

    @ArchTest
    static final ArchRule aCorrigendumIsPlainJavaOverTheChanges = classes().that()
            .resideInAPackage("org.agendum.corrigendum..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.corrigendum..",
                    "org.agendum.changes..", "org.agendum.model..", "org.agendum.typography..", JAVA)
            .because("a corrigendum's instructions are a pure function of the changes: the window, the command "
                    + "line and the Word writer all take them, without a stack, a file or a window");

    @ArchTest
    static final ArchRule trackedChangesReadTheExportsAndWriteThroughSafeWriting = classes().that()
            .resideInAPackage("org.agendum.trackedchanges..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.trackedchanges..",
                    "org.agendum.docx..", "org.agendum.model..", "org.agendum.io..", "com.github.difflib..",
                    "javax.xml..", "org.w3c.dom..", "org.xml.sax..", JAVA)
            .because("the tracked-changes document is made from the two versions' Word exports (read as DOM, not in "
                    + "the export's streaming writer), so the window and the command line can both call it");

    @ArchTest
    static final ArchRule theUiRootHoldsOnlyTheApplication = classes().that().resideInAPackage("org.agendum.ui")
            .should().haveNameMatching("org\\.agendum\\.ui\\.AgendumApp(\\$.*)?")
            .because("everything else lives in a package named after its feature");

    @ArchTest
    static final ArchRule uiFeaturesHaveNoCycles = slices().matching("org.agendum.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nothingButTheLauncherKnowsTheUi = noClasses().that()
            .resideOutsideOfPackages("org.agendum.ui..", "org.agendum.launch..")
            .should().dependOnClassesThat().resideInAPackage("org.agendum.ui..");

    @ArchTest
    static final ArchRule theUiKnowsNothingOfTheCommandLine = noClasses().that().resideInAPackage("org.agendum.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.agendum.cli..", "org.agendum.launch..");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses().that()
            .resideOutsideOfPackages("org.agendum.ui..", "org.agendum.launch..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..");

    @ArchTest
    static final ArchRule onlyTheFileLayerUsesJackson = noClasses().that()
            .resideOutsideOfPackage("org.agendum.file..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule onlyTheWordImportAndTheSpreadsheetUsePoi = noClasses().that()
            .resideOutsideOfPackages("org.agendum.importing.word..", "org.agendum.programme.xlsx..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..",
                    "org.apache.xmlbeans..")
            .because("the Word export streams its XML without POI (decision 0004); reading Word documents and writing "
                    + "the programme's spreadsheet need it");

    @ArchTest
    static final ArchRule onlyTheCalendarUsesIcal4j = noClasses().that()
            .resideOutsideOfPackage("org.agendum.programme.ics..")
            .should().dependOnClassesThat().resideInAPackage("net.fortuna.ical4j..");

    @ArchTest
    static final ArchRule onlyTheCsvFileUsesCommonsCsv = noClasses().that()
            .resideOutsideOfPackage("org.agendum.programme.csv..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..");

    @ArchTest
    static final ArchRule theProgrammeReadsTheAnnexTableAndWritesThroughSafeWriting = classes().that()
            .resideInAPackage("org.agendum.programme..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.programme..", "org.agendum.annex..",
                    "org.agendum.model..", "org.agendum.typography..", "org.agendum.io..", "net.fortuna.ical4j..",
                    "org.apache.poi..", "org.apache.commons.csv..", JAVA)
            .because("the programme's exports are made from the annex's table and read the model only, so the window "
                    + "and the command line both call them");

    @ArchTest
    static final ArchRule theProgrammesWritersDoNotKnowEachOther = slices()
            .matching("org.agendum.programme.(*)..").should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                            "org.agendum.programme.table.."))
            .because("each format is one package over the shared rows (programme.table); the root package chooses");

    @ArchTest
    static final ArchRule onlyThePdfImportUsesPdfBox = noClasses().that()
            .resideOutsideOfPackage("org.agendum.importing.pdf..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..");

    @ArchTest
    static final ArchRule theImportBuildsModelsAndKnowsNoWindow = classes().that()
            .resideInAPackage("org.agendum.importing..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.agendum.importing..", "org.agendum.model..",
                    "org.agendum.typography..", "org.agendum.io..", "org.apache.poi..", "org.openxmlformats..",
                    "org.apache.xmlbeans..", "org.apache.pdfbox..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..",
                    JAVA)
            .because("an import turns a document into a meeting; the window and the command line both call it");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses().that()
            .resideOutsideOfPackages("org.agendum.cli..", "org.agendum.launch..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule theUiChangesMeetingsOnlyThroughEdits = noClasses().that()
            .resideInAnyPackage("org.agendum.ui..", "org.agendum.gesture..", "org.agendum.session..")
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "a model method that builds a changed meeting",
                    call -> call.getTargetOwner().getPackageName().equals("org.agendum.model")
                            && call.getTarget().getName().startsWith("with")
                            && call.getTargetOwner().getSimpleName().equals("Meeting")))
            .because("every change goes through the command stack, so it can be undone");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.agendum.(*)..").should().beFreeOfCycles();
}
