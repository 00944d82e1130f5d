package org.gliomaradiomics.ij1;

import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandSpec;

/**
 * The ImageJ 1 registration of the suite, derived from the command catalog: the lines of {@code plugins.config}
 * (shipped only in the plain-ImageJ layout; in Fiji the SciJava annotations register the commands) and the command
 * table entries of the headless macro runner. A test keeps the file in the repository equal to {@link #text()}.
 */
public final class PluginsConfig {
    private PluginsConfig() {}

    /** What ImageJ 1 runs for a menu entry: the bridge with the command class as argument. */
    public static String bridgeCall(CommandSpec c) {
        return CommandBridge.class.getName() + "(\"" + c.type().getName() + "\")";
    }

    public static String text() {
        StringBuilder b = new StringBuilder();
        b.append("# ImageJ 1 menu entries of the Glioma Radiomics suite (plain ImageJ 1.54+; Fiji registers the SciJava commands).\n");
        b.append("# Generated from CommandCatalog (PluginsConfigTest keeps it so): every entry runs the generic bridge with the\n");
        b.append("# command class as argument, and the labels equal the SciJava menu labels, so macros are the same everywhere.\n");
        for (CommandSpec c : CommandCatalog.all())
            b.append(c.submenu()).append(", \"").append(c.label()).append("\", ").append(bridgeCall(c)).append('\n');
        return b.toString();
    }
}
