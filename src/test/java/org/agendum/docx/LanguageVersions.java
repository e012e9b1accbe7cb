package org.agendum.docx;

import java.util.List;
import org.agendum.file.SampleMeeting;
import org.agendum.model.Agenda;
import org.agendum.model.DocumentationEntry;
import org.agendum.model.ItemId;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;
import org.agendum.model.TextRun;
import org.agendum.model.TextStyle;
import org.agendum.testing.SixLanguages;

/**
 * The sample as an Arabic and as a Chinese version: the version language set, and the texts an officer types
 * (the meeting, the venue, the title, the items' titles, an annotation, a Documentation entry) in that language;
 * what Agendum writes itself is left to the export.
 */
final class LanguageVersions {
    /** An annotation with a document symbol and numbers inside Arabic text, to check their order. */
    static final String ARABIC_ANNOTATION = "يفتتح الاجتماع في الساعة 10 صباحا، وترد الوثيقة ";
    static final String ARABIC_SYMBOL = "CTOC/COP/WG.4/2018/1";
    static final String ARABIC_DOCUMENTATION = "جدول الأعمال المؤقت المشروح";

    private LanguageVersions() {
    }

    static Meeting arabic() {
        Meeting sample = SampleMeeting.load();
        Agenda agenda = titled(sample.agenda(), "المسائل التنظيمية", "افتتاح الاجتماع", SixLanguages.ARABIC,
                "التعاون الدولي في قضايا الاتجار بالأشخاص: مراعاة احتياجات الضحايا وحقوقهم",
                "إعداد الاستبيان المتعلق باستعراض تنفيذ بروتوكول الاتجار بالأشخاص", "مسائل أخرى", "اعتماد التقرير");
        agenda = agenda.replace(new ItemId("item-1a"), item -> item.withAnnotation(RichText.of(
                Paragraph.body(TextRun.plain(ARABIC_ANNOTATION), new TextRun(ARABIC_SYMBOL, TextStyle.BOLD),
                        TextRun.plain(" في المرفق.")))));
        agenda = agenda.replace(new ItemId("item-1b"), item -> item.withDocumentation(
                List.of(new DocumentationEntry(ARABIC_DOCUMENTATION, ARABIC_SYMBOL))));
        return new Meeting(sample.details().toBuilder().versionLanguage(Language.ARABIC)
                .originalLanguage(Language.ENGLISH).meetingName("الفريق العامل المعني بالاتجار بالأشخاص")
                .venue("فيينا").title("جدول الأعمال المؤقت المشروح").jobNumber("V.18-01234").build(),
                agenda, sample.organization());
    }

    static Meeting chinese() {
        Meeting sample = SampleMeeting.load();
        Agenda agenda = titled(sample.agenda(), "组织事项", "会议开幕", SixLanguages.CHINESE,
                "贩运人口案件中的国际合作：考虑被害人的需要和权利", "编写审议《贩运人口议定书》执行情况的调查表", "其他事项",
                "通过报告");
        return new Meeting(sample.details().toBuilder().versionLanguage(Language.CHINESE)
                .originalLanguage(Language.ENGLISH).meetingName("贩运人口问题工作组").venue("维也纳")
                .title("临时议程说明").build(), agenda, sample.organization());
    }

    /** The sample's seven items (1, 1 (a), 1 (b), 2, 3, 4, 5) retitled in order. */
    private static Agenda titled(Agenda agenda, String... titles) {
        String[] ids = {"item-1", "item-1a", "item-1b", "item-2", "item-3", "item-4", "item-5"};
        Agenda out = agenda;
        for (int i = 0; i < ids.length; i++) {
            String title = titles[i];
            out = out.replace(new ItemId(ids[i]), item -> item.withTitle(title));
        }
        return out;
    }
}
