package org.agendum.corrigendum;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.agendum.model.IssueKind;
import org.agendum.model.IssuedVersion;
import org.agendum.model.Meeting;

/**
 * What a corrigendum corrects: the document's symbol (the original's or the last revision's; a corrigendum corrects
 * a document, not an earlier corrigendum) and the meeting as last circulated, which the instructions are written
 * against, so that Corr.2 says only what changed since Corr.1.
 */
public record CorrectedDocument(String symbol, Meeting issued) {
    private static final String CORRIGENDUM = "/Corr.";

    public CorrectedDocument {
        symbol = Objects.requireNonNull(symbol, "symbol").strip();
        Objects.requireNonNull(issued, "issued");
    }

    /** The last issued version of {@code meeting}'s document; empty when nothing has been issued. */
    public static Optional<CorrectedDocument> lastIssued(Meeting meeting) {
        List<IssuedVersion> issued = meeting.issued();
        if (issued.isEmpty()) {
            return Optional.empty();
        }
        IssuedVersion last = issued.get(issued.size() - 1);
        String symbol = issued.stream().filter(v -> v.kind() != IssueKind.CORRIGENDUM)
                .reduce((first, second) -> second).map(IssuedVersion::symbol).orElse(last.symbol());
        return Optional.of(new CorrectedDocument(symbol, last.meeting()));
    }

    /** "CTOC/COP/WG.4/2018/1/Corr.2": the next number free among {@code issued}'s corrigenda of this document. */
    public String corrigendumSymbol(List<IssuedVersion> issued) {
        String prefix = symbol + CORRIGENDUM;
        long earlier = issued.stream()
                .filter(v -> v.kind() == IssueKind.CORRIGENDUM && v.symbol().startsWith(prefix))
                .count();
        return prefix + (earlier + 1);
    }

    /** The instructions that correct this document into {@code current}. */
    public List<Instruction> instructionsFor(Meeting current) {
        return CorrigendumInstructions.between(issued, current);
    }
}
