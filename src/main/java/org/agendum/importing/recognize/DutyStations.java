package org.agendum.importing.recognize;

import org.agendum.model.DutyStation;

/**
 * The duty station that issues the document: the venue's city when it is one (Vienna, Geneva, New York), else the
 * job number's form ("V." Vienna, "GE." Geneva, digits alone New York), else the first of the three cities the
 * text names ("will be held at the United Nations Office at Geneva"); else Vienna, a new meeting's default, said
 * as guessed. A meeting held elsewhere is processed by one of them.
 */
final class DutyStations {
    private DutyStations() {
    }

    static DutyStation of(String venue, String jobNumber, String text, Reporter reporter) {
        if (venue != null) {
            for (DutyStation station : DutyStation.values()) {
                if (venue.contains(station.city())) {
                    return station;
                }
            }
        }
        if (jobNumber != null) {
            DutyStation station = jobNumber.startsWith("V.") ? DutyStation.VIENNA
                    : jobNumber.startsWith("GE.") ? DutyStation.GENEVA
                    : Character.isDigit(jobNumber.charAt(0)) ? DutyStation.NEW_YORK : null;
            if (station != null) {
                reporter.guessed("The duty station is " + station.city() + ", from the job number " + jobNumber);
                return station;
            }
        }
        DutyStation named = null;
        int first = Integer.MAX_VALUE;
        for (DutyStation station : DutyStation.values()) {
            int at = text.indexOf(station.city());
            if (at >= 0 && at < first) {
                first = at;
                named = station;
            }
        }
        if (named != null) {
            reporter.guessed("The duty station is " + named.city() + ", the first of the three cities the text names:"
                    + " neither the venue nor a job number names one");
            return named;
        }
        reporter.guessed("The duty station is Vienna: neither the venue nor a job number names one");
        return DutyStation.VIENNA;
    }
}
