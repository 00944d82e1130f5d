package org.gliomaradiomics.commands;

import ij.process.AutoThresholder;
import java.util.Arrays;
import java.util.Locale;
import org.gliomaradiomics.segment.Threshold;

/** ImageJ's automatic threshold methods ({@link AutoThresholder}) as {@link Threshold.Method}s, by name. */
public final class ImageJThresholds {
    private ImageJThresholds() {}

    /** The method of that name (any case), or an error listing the names. */
    public static Threshold.Method method(String name) {
        for (AutoThresholder.Method m : AutoThresholder.Method.values())
            if (m.name().equalsIgnoreCase(name.trim())) return new Threshold.Method() {
                @Override
                public String name() {
                    return m.name();
                }

                @Override
                public int bin(int[] histogram) {
                    return new AutoThresholder().getThreshold(m, histogram);
                }
            };
        throw new IllegalArgumentException("unknown threshold method '" + name + "'; known: "
            + Arrays.toString(AutoThresholder.getMethods()).toLowerCase(Locale.ROOT));
    }
}
