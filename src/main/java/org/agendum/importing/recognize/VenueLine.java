package org.agendum.importing.recognize;

import java.util.List;
import java.util.Optional;
import org.agendum.typography.UnDates;

/**
 * The line with the meeting's place and dates: "Vienna, 2 and 3 July 2018", "St. Petersburg, Russian Federation,
 * 2-6 November 2015", or the dates alone, "13–31 May 2019" (a treaty body meeting at its seat). A copy may run the
 * meeting's name into it ("Working Group on Trafficking in Persons Vienna, 2 and 3 July 2018"): a city where
 * meetings are held, at the end of what stands before the dates, is then the venue, and what comes before it the
 * name.
 *
 * @param before what stood before the venue on the line (a meeting's name), or empty
 */
record VenueLine(String before, String venue, UnDates.DateRange dates) {
    /** Cities that hold UN meetings, longest first where one ends another. */
    private static final List<String> CITIES = List.of("New York", "Vienna", "Geneva", "Nairobi", "Bonn", "Bangkok",
            "Addis Ababa", "Santiago", "Beirut", "Rome", "Paris", "Montreal", "The Hague", "Doha", "Marrakech",
            "Panama City", "Sharm el-Sheikh", "Abu Dhabi", "Kyoto", "Istanbul", "Lima", "Cartagena", "Salvador");

    static Optional<VenueLine> parse(String text) {
        Optional<UnDates.DateRange> whole = UnDates.parseRange(text);
        if (whole.isPresent()) {
            return Optional.of(new VenueLine("", "", whole.get()));
        }
        for (int comma = text.indexOf(", "); comma > 0; comma = text.indexOf(", ", comma + 1)) {
            Optional<UnDates.DateRange> dates = UnDates.parseRange(text.substring(comma + 2));
            if (dates.isPresent()) {
                return Optional.of(split(text.substring(0, comma).strip(), dates.get()));
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
