package org.agendum.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentSymbolTest {
    @ParameterizedTest
    @ValueSource(strings = {"CTOC/COP/WG.4/2018/1", "CTOC/COP/WG.4/2018/CRP.1", "CTOC/COP/WG.4/2017/3",
            "A/80/590", "A/RES/78/250B", "E/CN.15/2011/1", "FCCC/PA/CMA/2021/10/Add.3", "A/80/6 (Sect. 16)",
            "CAC/COSP/IRG/2015/1", "A/AC.105/C.1/L.406/Add.6", "E/2003/30", "CTOC/COP/2008/INF/1", "S/2024/1",
            "A/C.3/75/L.1/Rev.1", "ST/SGB/2019/8", "E/CN.7/2003/10", "TD/B(S-XXIII)/1", "UNEP/OzL.Pro.27/1/Add.1"})
    void realSymbolsAreWellFormed(String symbol) {
        assertThat(DocumentSymbol.problem(symbol)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|is empty",
            "A 80/590|contains a space",
            "A/80//590|empty part",
            "A/80/590/|empty part",
            "a/80/590|must start with capital series letters (A/…",
            "80/590|must start with its series letters",
            "CTOC\\COP\\WG.4|backslash",
            "CTOC|at least two parts",
            "A/80/590.|malformed part \"590.\"",
            "A/80/5#90|malformed part",
            "TD/B(S-XXIII/1|bracket without its pair in \"B(S-XXIII\"",
            "TD/B)S(/1|malformed part \"B)S(\"",
            "TD/B((S))/1|bracket without its pair",
            "' A/80/590'|space at the start or end"})
    void typingSlipsAreExplained(String symbol, String explanation) {
        assertThat(DocumentSymbol.problem(symbol)).hasValueSatisfying(p -> assertThat(p).contains(explanation));
    }

    @ParameterizedTest
    @CsvSource({"CTOC/COP/WG.4/2018/2,https://docs.un.org/en/CTOC/COP/WG.4/2018/2",
            "A/80/6 (Sect. 16),https://docs.un.org/en/A/80/6%20(Sect.%2016)"})
    void symbolsLinkToTheOfficialDocumentSystem(String symbol, String address) {
        assertThat(DocumentSymbol.odsAddress(symbol)).isEqualTo(address);
    }
}
