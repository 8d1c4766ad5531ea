package dev.unspin.report;

/** The version reports name their tool by: the one the build recorded in the jar's manifest. */
public final class ToolVersion {
    private ToolVersion() {
    }

    /** The build's version, or "development" when run from classes rather than the jar. */
    public static String version() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
