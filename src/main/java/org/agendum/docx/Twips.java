package org.agendum.docx;

import java.math.BigInteger;

/** Units of WordprocessingML, so that numbers in the code say what they measure. */
final class Twips {
    private Twips() {
    }

    static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    /** Font sizes are stored in half-points: 10 pt is {@code w:sz="20"}. */
    static BigInteger halfPoints(double points) {
        return BigInteger.valueOf(Math.round(points * 2));
    }
}
