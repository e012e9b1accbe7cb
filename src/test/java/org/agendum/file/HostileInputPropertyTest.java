package org.agendum.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.agendum.testing.MeetingArbitraries;

/** Whatever the bytes, reading either gives a meeting or fails with a MeetingFileException worded for people. */
class HostileInputPropertyTest {
    private static final byte[] SAMPLE = SampleMeeting.resourceBytes();
    /** Bytes that matter to JSON and UTF-8: brackets, quotes, escapes, digits, letters of literals, lead bytes. */
    private static final List<Byte> INTERESTING = bytes(TestFiles.utf8("{}[]\":,\\ \n0123456789.-+eEtrufalsn“”é"));

    @Property(tries = 500)
    void randomBytesFailOnlyWithAMeetingFileException(@ForAll("randomBytes") byte[] content) {
        assertFailsCleanlyOrReads(content);
    }

    @Property(tries = 1000)
    void damagedSampleFailsOnlyWithAMeetingFileException(@ForAll("damagedSamples") byte[] content) {
        assertFailsCleanlyOrReads(content);
    }

    @Property(tries = 300)
    void damagedGeneratedFilesFailOnlyWithAMeetingFileException(@ForAll("damagedGeneratedFiles") byte[] content) {
        assertFailsCleanlyOrReads(content);
    }

    private static void assertFailsCleanlyOrReads(byte[] content) {
        Throwable thrown = catchThrowable(() -> MeetingFiles.read(content, "bad.agendum"));

        if (thrown != null) {
            assertThat(thrown).isExactlyInstanceOf(MeetingFileException.class);
            // damaged text may quote anything back, so only the parts Agendum words are checked here
            assertThat(thrown.getMessage()).startsWith("bad.agendum").endsWith(".").doesNotContain("\n")
                    .doesNotContain("could not be understood").doesNotContain("Exception")
                    .doesNotContain("REDACTED").doesNotContainIgnoringCase("jackson");
        }
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                Arbitraries.of(INTERESTING).array(byte[].class).ofMaxSize(300));
    }

    private static List<Byte> bytes(byte[] array) {
        List<Byte> out = new java.util.ArrayList<>();
        for (byte b : array) {
            out.add(b);
        }
        return out;
    }

    @Provide
    Arbitrary<byte[]> damagedSamples() {
        return damage(Arbitraries.just(SAMPLE));
    }

    @Provide
    Arbitrary<byte[]> damagedGeneratedFiles() {
        return damage(MeetingArbitraries.meetings().map(MeetingFiles::write));
    }

    /** Overwrites, deletes or repeats a few stretches of the bytes, as disks, networks and hand edits do. */
    private static Arbitrary<byte[]> damage(Arbitrary<byte[]> files) {
        return files.flatMap(file -> {
            Arbitrary<Integer> positions = Arbitraries.integers().between(0, Math.max(0, file.length - 1));
            Arbitrary<Byte> replacements = Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.of(INTERESTING));
            Arbitrary<Tuple.Tuple3<Integer, Integer, Byte>> edits = Combinators.combine(
                    Arbitraries.integers().between(0, 2), positions, replacements).as(Tuple::of);
            return edits.list().ofMinSize(1).ofMaxSize(4).map(list -> apply(file, list));
        });
    }

    private static byte[] apply(byte[] file, List<Tuple.Tuple3<Integer, Integer, Byte>> edits) {
        byte[] out = file.clone();
        for (Tuple.Tuple3<Integer, Integer, Byte> edit : edits) {
            if (out.length == 0) {
                break;
            }
            int at = Math.min(edit.get2(), out.length - 1);
            int length = Math.min(1 + Math.abs(edit.get3()) % 8, out.length - at);
            out = switch (edit.get1()) {
                case 0 -> overwrite(out, at, edit.get3());
                case 1 -> remove(out, at, length);
                default -> repeat(out, at, length);
            };
        }
        return out;
    }

    private static byte[] overwrite(byte[] bytes, int at, byte value) {
        byte[] out = bytes.clone();
        out[at] = value;
        return out;
    }

    private static byte[] remove(byte[] bytes, int at, int length) {
        byte[] out = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
        return out;
    }

    private static byte[] repeat(byte[] bytes, int at, int length) {
        byte[] out = new byte[bytes.length + length];
        System.arraycopy(bytes, 0, out, 0, at + length);
        System.arraycopy(bytes, at, out, at + length, bytes.length - at);
        return out;
    }
}
