package org.agendum.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.agendum.file.MeetingFileException;
import org.agendum.file.MeetingFiles;
import org.agendum.file.SampleMeeting;
import org.agendum.model.AgendaLayout;
import org.agendum.model.Meeting;
import org.agendum.testing.GeneralAssemblySession;

/**
 * The meetings whose exports are kept as golden files (src/test/resources/org/agendum/docx/golden): the sample, with
 * and without an emblem, the demanding meeting, the General-Assembly-size meeting, every variant of
 * {@link VariantMeetings} (the six forms, the item line with its asterisk note, empty items with the standard
 * sentence, a treaty body without a venue), the edges of {@link EdgeMeetings}, a blank meeting and the real agendas
 * of {@code org/agendum/real}. {@link GoldenFiles} writes them; {@code GoldenExportTest} checks that the export still
 * writes the same documents.
 */
final class GoldenMeetings {
    static final String FOLDER = "/org/agendum/docx/golden/";
    /** The emblem the golden with an emblem was exported with, kept beside the goldens so its bytes never change. */
    static final String EMBLEM = "emblem.png";

    /** One golden document: its file name (without ".docx"), the meeting, and whether it has the emblem. */
    record Golden(String name, Supplier<Meeting> meeting, boolean withEmblem) {
        String fileName() {
            return name + ".docx";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String[] REAL_AGENDAS = {"A_AC.265_2003_L.1", "CAC_COSP_2015_1", "CEDAW_SP_2000_1",
        "CRC_C_81_1", "E_C.12_52_1", "E_CN.15_2011_1", "TD_TIMBER.3_1"};

    private GoldenMeetings() {
    }

    static List<Golden> all() {
        List<Golden> all = new ArrayList<>();
        all.add(new Golden("sample", SampleMeeting::load, false));
        all.add(new Golden("sample-emblem", SampleMeeting::load, true));
        all.add(new Golden("demanding", DemandingMeeting::meeting, false));
        all.add(new Golden("general-assembly", GeneralAssemblySession::meeting, false));
        all.add(new Golden("variant-conference", VariantMeetings::conferenceOfStatesParties, false));
        for (AgendaLayout layout : AgendaLayout.values()) {
            all.add(new Golden("variant-form-" + layout.name().toLowerCase().replace('_', '-'),
                    () -> VariantMeetings.inForm(layout), false));
        }
        all.add(new Golden("variant-standard-sentence", VariantMeetings::withStandardSentence, false));
        all.add(new Golden("variant-item-line-note", VariantMeetings::commissionUnderItemTwo, false));
        all.add(new Golden("variant-treaty-body", VariantMeetings::treatyBodyWithoutVenue, false));
        all.add(new Golden("edges-new-york-french", EdgeMeetings::newYorkFrenchVersion, false));
        all.add(new Golden("edges-geneva-arabic", EdgeMeetings::genevaArabicVersion, true));
        all.add(new Golden("blank", () -> Meeting.blank(LocalDate.of(2026, 1, 5)), false));
        for (String stem : REAL_AGENDAS) {
            all.add(new Golden("real-" + stem, () -> realAgenda(stem), false));
        }
        return all;
    }

    private static Meeting realAgenda(String stem) {
        try (InputStream in = GoldenMeetings.class.getResourceAsStream("/org/agendum/real/" + stem + ".agendum")) {
            if (in == null) {
                throw new IllegalStateException("no real agenda " + stem);
            }
            return MeetingFiles.read(in.readAllBytes(), stem + ".agendum");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MeetingFileException e) {
            throw new IllegalStateException(e);
        }
    }
}
