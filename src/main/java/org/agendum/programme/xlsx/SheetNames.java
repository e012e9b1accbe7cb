package org.agendum.programme.xlsx;

/** A sheet's name as a workbook takes it: at most 31 characters, none of : \ / ? * [ ]. */
final class SheetNames {
    private SheetNames() {
    }

    static String safe(String name, String fallback) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        if (cleaned.isEmpty()) {
            return fallback;
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
