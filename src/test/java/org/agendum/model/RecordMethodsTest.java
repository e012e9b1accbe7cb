package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The records whose equals and hashCode are written out (for a quicker start of the command line) behave as a
 * record's own would: equal exactly when every component is, and the record's hash (each component's hash added to
 * 31 times the hash so far), so that no set or map iterates in another order than before.
 */
class RecordMethodsTest {

    @Property
    void idsAreEqualByValueAndHashAsTheirValue(@ForAll("ids") String a, @ForAll("ids") String b) {
        for (List<Object> pair : List.<List<Object>>of(List.of(new ItemId(a), new ItemId(b)),
                List.of(new SlotId(a), new SlotId(b)), List.of(new EntryId(a), new EntryId(b)))) {
            assertThat(pair.get(0).equals(pair.get(1))).isEqualTo(a.equals(b));
            assertThat(pair.get(0).hashCode()).isEqualTo(a.hashCode()); // a record's hash of one component
        }
        assertThat(new ItemId(a)).isNotEqualTo(new SlotId(a));
    }

    @Property
    void stylesAreEqualByEveryComponentAndHashAsARecord(@ForAll("styles") TextStyle a, @ForAll("styles") TextStyle b) {
        boolean same = a.bold() == b.bold() && a.italic() == b.italic() && a.underline() == b.underline()
                && a.superscript() == b.superscript() && java.util.Objects.equals(a.link(), b.link());
        assertThat(a.equals(b)).isEqualTo(same);
        int hash = 0;
        for (Object component : new Object[] {a.bold(), a.italic(), a.underline(), a.superscript(), a.link()}) {
            hash = hash * 31 + java.util.Objects.hashCode(component);
        }
        assertThat(a.hashCode()).isEqualTo(hash);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.of("item-1", "item-2", "a", "m-0702-am", "e.1_x");
    }

    @Provide
    Arbitrary<TextStyle> styles() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(flag, flag, flag, flag, Arbitraries.of(null, "https://un.org", "mailto:a@b.c"))
                .as(TextStyle::new);
    }
}
