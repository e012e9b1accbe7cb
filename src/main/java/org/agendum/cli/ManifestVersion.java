package org.agendum.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest (Implementation-Version), or "development" when run from classes. */
public final class ManifestVersion implements IVersionProvider {
    public static final String DEVELOPMENT = "development";

    @Override
    public String[] getVersion() {
        return new String[] {"Agendum " + version()};
    }

    public static String version() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? DEVELOPMENT : version;
    }
}
