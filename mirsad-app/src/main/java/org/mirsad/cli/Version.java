package org.mirsad.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (set by Maven), or "dev" when run from classes. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"mirsad " + number()};
    }

    static String number() {
        String v = MirsadCli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
