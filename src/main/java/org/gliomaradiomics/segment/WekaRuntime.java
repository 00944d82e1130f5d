package org.gliomaradiomics.segment;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Weka's package manager, initialised once and quietly. Its class initialiser looks for MTJ's native-code jars
 * (absent: Weka works without them) and prints "WARNING: core mtj jar files are not available ..." on standard output,
 * where a command's CSV may be going. Every class of ours that uses Weka calls {@link #init()} first (the voxel
 * classifier here, the classifiers of {@code learn}).
 */
public final class WekaRuntime {
    private WekaRuntime() {}

    private static boolean initialised;

    public static synchronized void init() {
        if (initialised) return;
        initialised = true;
        PrintStream out = System.out, err = System.err;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try {
            System.setOut(quiet);
            System.setErr(quiet);
            Class.forName("weka.core.WekaPackageManager", true, WekaRuntime.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // no Weka: the classes that need it fail with their own message
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
