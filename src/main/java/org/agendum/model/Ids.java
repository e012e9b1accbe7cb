package org.agendum.model;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Shared rules for the identifiers written into meeting files. */
final class Ids {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {
    }

    static void requireValid(String value, String what) {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid " + what + " \"" + value
                    + "\": use 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    /** 48 random bits: collisions are negligible for the few thousand ids of one meeting. */
    static String random(String prefix) {
        byte[] bytes = new byte[6];
        Random.SOURCE.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    /** Made when a first id is: reading a file makes none, and a SecureRandom loads the security providers. */
    private static final class Random {
        static final SecureRandom SOURCE = new SecureRandom();
    }
}
