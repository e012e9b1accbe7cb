package org.agendum.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reissue for technical reasons reissues: the document last circulated (the original or the last revision; a
 * corrigendum is not reissued, its document is) under its own symbol and its first date of issue, which the masthead
 * keeps; only the note "Reissued for technical reasons on …" carries the new day.
 *
 * @param issuedOn the day the document under this symbol was first issued
 */
public record Reissue(String symbol, LocalDate issuedOn) {
    public Reissue {
        symbol = Objects.requireNonNull(symbol, "symbol").strip();
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /** The document {@code meeting} would reissue; empty when nothing has been issued. */
    public static Optional<Reissue> of(Meeting meeting) {
        List<IssuedVersion> issued = meeting.issued();
        Optional<String> symbol = issued.stream().filter(v -> v.kind() != IssueKind.CORRIGENDUM)
                .reduce((first, second) -> second).map(IssuedVersion::symbol);
        if (symbol.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = issued.stream().filter(v -> v.symbol().strip().equals(symbol.get().strip()))
                .findFirst().orElseThrow().date();
        return Optional.of(new Reissue(symbol.get(), first));
    }
}
