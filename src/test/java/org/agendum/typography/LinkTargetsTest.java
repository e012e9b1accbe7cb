package org.agendum.typography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one allow-list of link targets (window, validation, Word export). */
class LinkTargetsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "https://docs.un.org/en/CTOC/COP/WG.4/2018/2",
        "http://www.unodc.org/",
        "HTTPS://WWW.UN.ORG/",
        "ftp://ftp.example.org/file.pdf",
        "mailto:secretariat@un.org",
        "MAILTO:someone@example.org",
        "  https://www.un.org/  ",
    })
    void webAndMailAddressesAreAllowed(String target) {
        assertThat(LinkTargets.isAllowed(target)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "file:///etc/passwd",
        "FILE:///C:/Windows/System32/calc.exe",
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "smb://server/share/run.exe",
        "\\\\server\\share\\run.bat",
        "C:\\Users\\officer\\run.bat",
        "C:/Users/officer/run.bat",
        "/usr/bin/xterm",
        "run.sh",
        "../../etc/passwd",
        "docs/agenda.html",
        "//evil.example.org/x",
        "https://",
        "http:///etc/passwd",
        "https:foo",
        "mailto:",
        "",
        "   ",
        "https://www.un.org/\u0000",
        "https://www.un.org/a\tb",
        "https://www.un.org/a b",
        "ht\u0001tp://www.un.org/",
        "https://www.un.org/\u001B[2J",
        "https://www.un.org/\u202Egnp.exe",
        "https://www.un.org/\uD800",
        "https://www.un.org/\u00A0x",
    })
    void anythingElseIsNot(String target) {
        assertThat(LinkTargets.isAllowed(target)).as(target).isFalse();
        assertThat(LinkTargets.address(target)).isEmpty();
        assertThat(LinkTargets.isUnAddress(target)).isFalse();
    }

    @Test
    void nullIsNoLink() {
        assertThat(LinkTargets.isAllowed(null)).isFalse();
        assertThat(LinkTargets.isUnAddress(null)).isFalse();
    }

    @Test
    void theAddressIsStrippedAndAscii() {
        assertThat(LinkTargets.address("  https://docs.un.org/en/A/80/590 ")).contains("https://docs.un.org/en/A/80/590");
        assertThat(LinkTargets.address("https://www.un.org/fr/d\u00E9bat")).contains("https://www.un.org/fr/d%C3%A9bat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://docs.un.org/en/A/80/590", "https://www.un.org/", "http://un.org", "HTTPS://DOCS.UN.ORG/x",
        "https://undocs.un.org/x"})
    void unAddressesOpenWithoutAsking(String target) {
        assertThat(LinkTargets.isUnAddress(target)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.unodc.org/", "https://un.org.example.com/", "https://notun.org/",
        "https://docs.un.org@evil.example.com/", "mailto:someone@un.org", "ftp://un.org/x", "https://un.org.evil/"})
    void otherAllowedAddressesAsk(String target) {
        assertThat(LinkTargets.isUnAddress(target)).as(target).isFalse();
    }

    @Test
    void theRefusalQuotesTheTargetPrintably() {
        assertThat(LinkTargets.refusal("file:///etc/passwd")).isEqualTo(
                "\u201Cfile:///etc/passwd\u201D is not a web or e-mail address; only http, https, ftp and mailto "
                        + "addresses can be links.");
        assertThat(LinkTargets.refusal("javascript:\u001B[2Jx")).contains("javascript:?[2Jx").doesNotContain("\u001B");
    }
}
