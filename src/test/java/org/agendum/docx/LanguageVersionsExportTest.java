package org.agendum.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample as a version in each of the six languages (its typed texts left in English: the test is of what the
 * export writes of its own), exported and read back: the masthead, the place and dates, the title, the headings,
 * the list's labels and punctuation, "Documentation", the annex's heads, day rows, times, references and
 * "(continued)" are the language's, and the English forms are gone where the language has its own.
 */
class LanguageVersionsExportTest {
    /** What a reader checks in a version, as real documents of the language print it (docs/languages.md). */
    private record Expected(String unitedNations, List<String> distributionBlock, String placeAndDates, String title,
                            String listHeading, String annotationsHeading, String firstSubItem, String colonEntry,
                            String lastEntry, String documentation, String annex, String annexTitle,
                            List<String> heads, String firstDay, String morning, String afternoon, String reference,
                            String continued) {
    }

    private static final Map<Language, Expected> EXPECTED = Map.of(
            Language.ENGLISH, new Expected("United Nations", List.of("Distr.: General", "9 April 2018",
                    "Original: English"), "Vienna, 2 and 3 July 2018", "Annotated provisional agenda",
                    "Provisional agenda", "Annotations", "(a)\tOpening of the meeting", "Organizational matters:",
                    "Adoption of the report.", "Documentation", "Annex", "Proposed organization of work",
                    List.of("Date and time", "Agenda item", "Title or description"), "Monday, 2 July",
                    "10 a.m.–1 p.m.", "3–6 p.m.", "1 (a)", "(continued)"),
            Language.FRENCH, new Expected("Nations Unies", List.of("Distr. générale", "9 avril 2018", "Français",
                    "Original\u00A0: anglais"), "Vienna, 2 et 3 juillet 2018", "Ordre du jour provisoire annoté",
                    "Ordre du jour provisoire", "Annotations", "a)\tOpening of the meeting", "Organizational matters:",
                    "Adoption of the report.", "Documentation", "Annexe", "Projet d’organisation des travaux",
                    List.of("Date et heure", "Point de l’ordre du jour", "Intitulé ou description"), "Lundi 2 juillet",
                    "10 heures-13 heures", "15 heures-18 heures", "1 a)", "(suite)"),
            Language.SPANISH, new Expected("Naciones Unidas", List.of("Distr. general", "9 de abril de 2018",
                    "Español", "Original: inglés"), "Vienna, 2 y 3 de julio de 2018", "Programa provisional anotado",
                    "Programa provisional", "Anotaciones", "a)\tOpening of the meeting", "Organizational matters:",
                    "Adoption of the report.", "Documentación", "Anexo", "Propuesta de organización de los trabajos",
                    List.of("Fecha y hora", "Tema del programa", "Título o descripción"), "Lunes 2 de julio",
                    "10.00 a 13.00 horas", "15.00 a 18.00 horas", "1 a)", "(continuación)"),
            Language.RUSSIAN, new Expected("Организация Объединенных Наций", List.of("Distr.: General",
                    "9 April 2018", "Russian", "Original: English"), "Vienna, 2 и 3 июля 2018 года",
                    "Аннотированная предварительная повестка дня", "Предварительная повестка дня", "Аннотации",
                    "a)\tOpening of the meeting", "Organizational matters:", "Adoption of the report",
                    "Документация", "Приложение", "Предлагаемая организация работы",
                    List.of("Дата и время", "Пункт повестки дня", "Название или описание"), "Понедельник, 2 июля",
                    "10 ч. 00 м. – 13 ч. 00 м.", "15 ч. 00 м. – 18 ч. 00 м.", "1 a)", "(продолжение)"),
            Language.CHINESE, new Expected("联合国", List.of("Distr.: General", "9 April 2018", "Chinese",
                    "Original: English"), "2018年7月2日和3日，Vienna", "临时议程说明", "临时议程", "说明",
                    "(a)\tOpening of the meeting", "Organizational matters：", "Adoption of the report。", "文件", "附件",
                    "拟议工作安排", List.of("日期和时间", "议程项目", "标题或说明"), "7月2日，星期一", "上午10时至下午1时",
                    "下午3时至6时", "1(a)", "（续）"),
            Language.ARABIC, new Expected("الأمم المتحدة", List.of("Distr.: General", "9 April 2018", "Arabic",
                    "Original: English"), "Vienna، 2 و3 تموز/يوليه 2018", "جدول الأعمال المؤقَّت المشروح",
                    "جدول الأعمال المؤقَّت", "الشروح", "(أ)\tOpening of the meeting", "Organizational matters:",
                    "Adoption of the report.", "الوثائق", "المرفق", "تنظيم الأعمال المقترح",
                    List.of("التاريخ والوقت", "بند جدول الأعمال", "العنوان أو الوصف"), "الاثنين، 2 تموز/يوليه",
                    "10:00-13:00", "15:00-18:00", "1 (أ)", "(تابع)"));

    private static final Expected ENGLISH = EXPECTED.get(Language.ENGLISH);

    @ParameterizedTest
    @EnumSource(Language.class)
    void theVersionPrintsItsOwnLabelsDatesTimesAndNumbers(Language language) throws Exception {
        Expected expected = EXPECTED.get(language);
        try (ExportedDocument exported = ExportedDocument.of(version(language))) {
            List<String> masthead = visible(ExportedDocument.lines(exported.firstHeader()));
            assertThat(masthead.get(0).split("\t")).contains(expected.unitedNations);
            assertThat(masthead.get(1)).endsWith(String.join(" ", expected.distributionBlock));

            List<String> body = visible(exported.textLines());
            assertThat(body).contains(expected.placeAndDates);
            List<String> headings = visible(exported.headings()).stream().map(String::strip).toList();
            assertThat(headings).contains(expected.title, expected.listHeading, expected.annotationsHeading,
                    expected.documentation, expected.annex, expected.annexTitle);
            assertThat(body).as("the list's sub-item").anyMatch(line -> line.startsWith(expected.firstSubItem));
            assertThat(body).anyMatch(line -> line.endsWith("\t" + expected.colonEntry));
            assertThat(body).anyMatch(line -> line.endsWith("\t" + expected.lastEntry));
            assertThat(headings).anyMatch(h -> h.startsWith(expected.firstSubItem.split("\t")[0] + "\t"));

            List<List<String>> annex = ExportedDocument.cells(annexTable(exported));
            assertThat(annex.get(0)).containsExactlyElementsOf(expected.heads);
            List<String> dateCells = column(annex, 0);
            assertThat(dateCells).contains(expected.firstDay, expected.morning, expected.afternoon);
            assertThat(column(annex, 1)).contains(expected.reference);
            assertThat(column(annex, 2)).anyMatch(title -> title.endsWith(expected.continued));

            if (language != Language.ENGLISH) {
                assertNoEnglishOfItsOwn(expected, masthead, exported.bodyLines(), headings, annex);
            }
        }
    }

    /** Where the language has a form of its own, the English one is not printed (typed texts aside). */
    private static void assertNoEnglishOfItsOwn(Expected expected, List<String> masthead, List<String> body,
                                                List<String> headings, List<List<String>> annex) {
        assertThat(masthead.get(0)).doesNotContain(ENGLISH.unitedNations);
        for (String label : ENGLISH.distributionBlock) {
            if (!expected.distributionBlock.contains(label)) {
                assertThat(masthead.get(1)).doesNotContain(label);
            }
        }
        assertThat(body).doesNotContain(ENGLISH.placeAndDates);
        List<String> english = new ArrayList<>(List.of(ENGLISH.title, ENGLISH.listHeading, ENGLISH.annotationsHeading,
                ENGLISH.documentation, ENGLISH.annex, ENGLISH.annexTitle));
        english.removeIf(word -> List.of(expected.annotationsHeading, expected.documentation).contains(word));
        assertThat(headings).doesNotContainAnyElementsOf(english);
        if (!expected.firstSubItem.startsWith("(a)")) {
            assertThat(headings).noneMatch(h -> h.startsWith("(a)\t") || h.startsWith("(b)\t"));
            assertThat(body).noneMatch(line -> line.startsWith("(a)\t") || line.startsWith("\t(a)\t"));
        }
        String annexText = annex.stream().map(row -> String.join(" ", row.subList(0, 2))).collect(Collectors.joining(" "));
        assertThat(annexText).doesNotContain("a.m.", "p.m.", "Monday", "July", ENGLISH.reference);
        assertThat(annex.get(0)).doesNotContainAnyElementsOf(ENGLISH.heads);
        assertThat(column(annex, 2)).noneMatch(title -> title.endsWith(ENGLISH.continued));
    }

    private static Meeting version(Language language) {
        Meeting sample = SampleMeeting.load();
        return sample.withDetails(sample.details().toBuilder().versionLanguage(language).build());
    }

    private static XWPFTable annexTable(ExportedDocument exported) {
        List<XWPFTable> tables = exported.bodyTables();
        return tables.get(tables.size() - 1);
    }

    private static List<String> column(List<List<String>> rows, int column) {
        return rows.stream().map(row -> row.get(column)).toList();
    }

    /**
     * The lines as a reader sees them: without the invisible left-to-right marks an Arabic version puts around Latin
     * runs that start with a number or end on a stop (so that the bidi algorithm keeps their order; ScriptsExportTest).
     */
    private static List<String> visible(List<String> lines) {
        return lines.stream().map(line -> line.replace("\u200E", "")).toList();
    }
}
