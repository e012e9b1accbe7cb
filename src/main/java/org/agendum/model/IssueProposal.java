package org.agendum.model;

import java.util.List;

/**
 * What File ▸ Issue… proposes: the first issue is the original under the details' symbol; each later one is the next
 * revision, "/Rev.N" after the original's symbol with the next free N.
 */
public record IssueProposal(String symbol, IssueKind kind) {
    private static final String REVISION = "/Rev.";

    public static IssueProposal of(Meeting meeting) {
        List<IssuedVersion> issued = meeting.issued();
        String symbol = meeting.details().masthead().symbol().strip();
        if (issued.isEmpty()) {
            return new IssueProposal(symbol, IssueKind.ORIGINAL);
        }
        String base = issued.stream().filter(v -> v.kind() == IssueKind.ORIGINAL).findFirst()
                .map(IssuedVersion::symbol).orElse(symbol);
        long revisions = issued.stream().filter(v -> v.kind() == IssueKind.REVISION).count();
        return new IssueProposal(base + REVISION + (revisions + 1), IssueKind.REVISION);
    }
}
