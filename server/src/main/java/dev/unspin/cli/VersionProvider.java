package dev.unspin.cli;

import picocli.CommandLine;

/** Reports the version recorded in the jar's manifest by the build. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"unspin " + (version == null ? "(development build)" : version)};
    }
}
