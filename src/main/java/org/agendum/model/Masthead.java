package org.agendum.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the first-page masthead prints: the symbol on the top rule, the body's name beside the emblem, and the
 * distribution cell ("Distr.: General", the date of issue, the version's language, "Original: English", the
 * language-coverage line). The language coverage ("English, French and Spanish only") is empty when absent.
 */
public record Masthead(
        String bodyName,
        String symbol,
        Distribution distribution,
        LocalDate issueDate,
        Language originalLanguage,
        Language versionLanguage,
        String languageCoverage) {

    public Masthead {
        Objects.requireNonNull(bodyName, "bodyName");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(originalLanguage, "originalLanguage");
        Objects.requireNonNull(versionLanguage, "versionLanguage");
        Objects.requireNonNull(languageCoverage, "languageCoverage");
    }

    /** The original language and the language of this version, which the details form sets as one field. */
    public record Languages(Language original, Language version) {
        public Languages {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(version, "version");
        }
    }

    public Languages languages() {
        return new Languages(originalLanguage, versionLanguage);
    }

    public Masthead withBodyName(String v) {
        return new Masthead(v, symbol, distribution, issueDate, originalLanguage, versionLanguage, languageCoverage);
    }

    public Masthead withSymbol(String v) {
        return new Masthead(bodyName, v, distribution, issueDate, originalLanguage, versionLanguage, languageCoverage);
    }

    public Masthead withDistribution(Distribution v) {
        return new Masthead(bodyName, symbol, v, issueDate, originalLanguage, versionLanguage, languageCoverage);
    }

    public Masthead withIssueDate(LocalDate v) {
        return new Masthead(bodyName, symbol, distribution, v, originalLanguage, versionLanguage, languageCoverage);
    }

    public Masthead withLanguages(Languages v) {
        return new Masthead(bodyName, symbol, distribution, issueDate, v.original(), v.version(), languageCoverage);
    }

    public Masthead withOriginalLanguage(Language v) {
        return withLanguages(new Languages(v, versionLanguage));
    }

    public Masthead withVersionLanguage(Language v) {
        return withLanguages(new Languages(originalLanguage, v));
    }

    public Masthead withLanguageCoverage(String v) {
        return new Masthead(bodyName, symbol, distribution, issueDate, originalLanguage, versionLanguage, v);
    }
}
