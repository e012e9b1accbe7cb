package org.agendum.testing;

import java.util.List;
import org.agendum.edit.CommandStack;
import org.agendum.edit.RenameItem;
import org.agendum.edit.ReplaceAnnotation;
import org.agendum.model.AgendaItem;
import org.agendum.model.Language;
import org.agendum.model.Meeting;
import org.agendum.model.Paragraph;
import org.agendum.model.RichText;

/**
 * The sample as an Arabic or a Chinese version, its titles and its first annotation typed in that language (our own
 * translation: the window's tests look at the direction and the glyphs, not the wording).
 */
public final class VersionMeetings {
    /** The sample's seven titles in document order. */
    public static final List<String> ARABIC_TITLES = List.of(
            "المسائل التنظيمية",
            "افتتاح الاجتماع",
            "إقرار جدول الأعمال وتنظيم الأعمال",
            "التعاون الدولي في قضايا الاتجار بالأشخاص: مراعاة احتياجات الضحايا وحقوقهم",
            "إعداد الاستبيان الخاص باستعراض تنفيذ بروتوكول الاتجار بالأشخاص",
            "مسائل أخرى",
            "اعتماد التقرير");
    public static final String ARABIC_ANNOTATION =
            "سيفتتح رئيس الفريق العامل الاجتماع في الساعة 10:00 من يوم الاثنين 2 تموز/يوليه 2018.";
    /**
     * Two subparagraphs under the Arabic annotation, labelled "(أ)" and "(ب)" on their right; short, as a wrapped
     * Arabic paragraph in the annotation is laid out wrongly by JavaFX 21 (docs/window.md).
     */
    public static final List<String> ARABIC_SUBPARAGRAPHS = List.of(
            "انتخاب أعضاء المكتب؛",
            "إقرار جدول الأعمال وتنظيم الأعمال.");
    static final List<String> CHINESE_TITLES = List.of(
            "组织事项",
            "会议开幕",
            "通过议程和工作安排",
            "国际合作处理贩运人口案件：考虑被害人的需要和权利",
            "编写审议《贩运人口议定书》执行情况的调查表",
            "其他事项",
            "通过报告");
    public static final String CHINESE_ANNOTATION = "工作组主席将于2018年7月2日星期一上午10时宣布会议开幕。";

    private VersionMeetings() {
    }

    /** The sample with no change but its version's language. */
    public static Meeting inLanguage(Language language) {
        Meeting sample = TestMeetings.sample();
        return sample.withDetails(sample.details().toBuilder().versionLanguage(language).build());
    }

    public static Meeting arabic() {
        return translated(Language.ARABIC, ARABIC_TITLES, RichText.of(Paragraph.body(ARABIC_ANNOTATION),
                Paragraph.subparagraph(1, ARABIC_SUBPARAGRAPHS.get(0)),
                Paragraph.subparagraph(1, ARABIC_SUBPARAGRAPHS.get(1))));
    }

    public static Meeting chinese() {
        return translated(Language.CHINESE, CHINESE_TITLES, RichText.of(CHINESE_ANNOTATION));
    }

    private static Meeting translated(Language language, List<String> titles, RichText annotation) {
        CommandStack stack = new CommandStack(inLanguage(language));
        List<AgendaItem> items = stack.meeting().agenda().allItems();
        for (int i = 0; i < items.size(); i++) {
            stack.execute(new RenameItem(items.get(i).id(), titles.get(i % titles.size())));
            if (!items.get(i).annotation().isEmpty()) {
                stack.execute(new ReplaceAnnotation(items.get(i).id(), annotation));
            }
        }
        return stack.meeting();
    }
}
