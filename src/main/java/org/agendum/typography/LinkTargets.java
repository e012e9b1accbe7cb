package org.agendum.typography;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which link targets Agendum treats as links: the one allow-list of the window (Ctrl+click, making a link),
 * validation and the Word export. A link in a received file may point anywhere ({@code file:///etc/passwd},
 * {@code javascript:}, {@code smb://}, a path to a script); only web addresses (http, https, ftp with a host)
 * and e-mail addresses (mailto) are allowed. Anything else, and any target holding spaces inside, control
 * characters, bidirectional controls or a broken character, is not a link: the window does not open it, the
 * export writes its text without the link, validation reports it.
 */
public final class LinkTargets {
    private static final Set<String> WEB = Set.of("http", "https", "ftp");
    private static final String MAILTO = "mailto";

    private LinkTargets() {
    }

    /** Whether the target may be opened and exported as a link. */
    public static boolean isAllowed(String target) {
        return address(target).isPresent();
    }

    /**
     * The allowed target as it is opened and exported: stripped of surrounding spaces, in ASCII form (non-ASCII
     * characters percent-encoded); empty when the target is not allowed.
     */
    public static Optional<String> address(String target) {
        if (target == null) {
            return Optional.empty();
        }
        String stripped = target.strip();
        if (stripped.isEmpty() || stripped.codePoints().anyMatch(c -> Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Printable.isUnsafe(c))) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(stripped);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = WEB.contains(scheme) ? uri.getHost() != null && !uri.getHost().isEmpty()
                : MAILTO.equals(scheme) && uri.getSchemeSpecificPart() != null && !uri.getSchemeSpecificPart().isBlank();
        return allowed ? Optional.of(uri.toASCIIString()) : Optional.empty();
    }

    /**
     * Whether the target is an allowed web address of the United Nations: un.org or one of its sub-domains
     * (docs.un.org, the Official Document System); these open without asking.
     */
    public static boolean isUnAddress(String target) {
        return address(target).map(URI::create).filter(uri -> uri.getScheme().equalsIgnoreCase("https")
                || uri.getScheme().equalsIgnoreCase("http")).map(URI::getHost).map(host -> host.toLowerCase(Locale.ROOT))
                .filter(host -> host.equals("un.org") || host.endsWith(".un.org")).isPresent();
    }

    /** Why a target is not allowed, for the officer (the target shown printable and shortened). */
    public static String refusal(String target) {
        return "\u201C" + Printable.quoted(target == null ? "" : target.strip())
                + "\u201D is not a web or e-mail address; only http, https, ftp and mailto addresses can be links.";
    }
}
