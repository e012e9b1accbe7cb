package org.agendum.importing.recognize;

import java.util.List;
import java.util.Optional;
import org.agendum.typography.UnDates;

/**
 * The line with the meeting's place and dates: "Vienna, 2 and 3 July 2018", "St. Petersburg, Russian Federation,
 * 2-6 November 2015", or the dates alone, "13–31 May 2019" (a treaty body meeting at its seat). A copy may run the
 * meeting's name into it ("Working Group on Trafficking in Persons Vienna, 2 and 3 July 2018"): a city where
 * meetings are held, at the end of what stands before the dates, is then the venue, and what comes before it the
 * name. The version's order and separator come from its table ({@code meeting.placeAndDates}).
 *
 * @param before what stood before the venue on the line (a meeting's name), or empty
 */
record VenueLine(String before, String venue, UnDates.DateRange dates) {
    /** Cities that hold UN meetings, longest first where one ends another. */
    private static final List<String> CITIES = List.of("New York", "Vienna", "Geneva", "Nairobi", "Bonn", "Bangkok",
            "Addis Ababa", "Santiago", "Beirut", "Rome", "Paris", "Montreal", "The Hague", "Doha", "Marrakech",
            "Panama City", "Sharm el-Sheikh", "Abu Dhabi", "Kyoto", "Istanbul", "Lima", "Cartagena", "Salvador");

    /**
     * The line in the version's order ("{venue}, {dates}"; Chinese "{dates}，{venue}"; Arabic with "، "), or in
     * English's.
     */
    static Optional<VenueLine> parse(String text, VersionWording wording) {
        Optional<UnDates.DateRange> whole = wording.range(text);
        if (whole.isPresent()) {
            return Optional.of(new VenueLine("", "", whole.get()));
        }
        String pattern = wording.placeAndDates();
        int venue = pattern.indexOf("{venue}");
        int dates = pattern.indexOf("{dates}");
        boolean datesFirst = dates < venue;
        String separator = datesFirst ? pattern.substring(dates + "{dates}".length(), venue)
                : pattern.substring(venue + "{venue}".length(), dates);
        for (String between : separator.equals(", ") ? List.of(", ") : List.of(separator, ", ")) {
            for (int at = text.indexOf(between); at > 0; at = text.indexOf(between, at + 1)) {
                String before = text.substring(0, at).strip();
                String after = text.substring(at + between.length()).strip();
                Optional<UnDates.DateRange> range = wording.range(datesFirst ? before : after);
                if (range.isPresent()) {
                    return Optional.of(datesFirst ? new VenueLine("", after, range.get()) : split(before, range.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The place, or a name and a city where a part of it ends with a city after other words. */
    private static VenueLine split(String place, UnDates.DateRange dates) {
        int partEnd = place.length();
        while (partEnd > 0) {
            int partStart = place.lastIndexOf(", ", partEnd - 1);
            String part = place.substring(partStart < 0 ? 0 : partStart + 2, partEnd);
            for (String city : CITIES) {
                if (part.endsWith(" " + city)) {
                    int cut = (partStart < 0 ? 0 : partStart + 2) + part.length() - city.length();
                    return new VenueLine(place.substring(0, cut).strip(), place.substring(cut), dates);
                }
            }
            partEnd = partStart < 0 ? 0 : partStart;
        }
        return new VenueLine("", place, dates);
    }
}
