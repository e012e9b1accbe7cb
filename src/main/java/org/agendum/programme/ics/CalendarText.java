package org.agendum.programme.ics;

/**
 * Text as an iCalendar TEXT value can hold it (RFC 5545 §3.3.11): no control characters but the line breaks the
 * description is made of, which ical4j writes escaped; a tab becomes a space. Whatever an officer typed or pasted
 * into a title must not make a calendar refuse the file.
 */
final class CalendarText {
    private CalendarText() {
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n' || !Character.isISOControl(cp) && !Character.isSurrogate((char) cp)
                    && cp != 0xFFFE && cp != 0xFFFF) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
