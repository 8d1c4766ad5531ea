package dev.unspin.cli;

import dev.unspin.report.ToolVersion;
import picocli.CommandLine;

/** Reports the version recorded in the jar's manifest by the build. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"unspin " + version()};
    }

    /** The build's version, or "development" when run from classes rather than the jar. */
    public static String version() {
        return ToolVersion.version();
    }
}
