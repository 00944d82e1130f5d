package org.gliomaradiomics.imagej2;

/**
 * Main class of the forked ImageJ2 JVM (see {@link ImageJ2Runtime}). ImageJ 1 must be patched by imagej-legacy's
 * injector before any {@code ij.*} class loads, so this class touches nothing else: {@link ProbeSteps} does the
 * work. Arguments: the plan file (one step per line, tab-separated) and the findings file (one finding per line).
 */
public final class ImageJ2Probe {
    private ImageJ2Probe() {}

    public static void main(String[] args) throws Exception {
        net.imagej.patcher.LegacyInjector.preinit();
        int code = ProbeSteps.main(args);
        System.exit(code); // AWT and SciJava threads would keep the JVM alive
    }
}
