package org.agendum.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agendum.typography.LinkTargets;

/**
 * {@link LinkTargets#isAllowed}, remembered per address: validation runs after every edit over every link of the
 * meeting, and parsing each address as a URI again was most of its time (a meeting the size of a General Assembly
 * session holds thousands of links to a few hundred addresses). Bounded: forgotten all at once when full.
 */
final class AllowedLinks {
    private static final int MOST = 10_000;
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private AllowedLinks() {
    }

    static boolean isAllowed(String link) {
        Boolean known = KNOWN.get(link);
        if (known == null) {
            known = LinkTargets.isAllowed(link);
            if (KNOWN.size() >= MOST) {
                KNOWN.clear();
            }
            KNOWN.put(link, known);
        }
        return known;
    }
}
