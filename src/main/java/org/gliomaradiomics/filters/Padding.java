package org.gliomaradiomics.filters;

import java.util.Locale;
import org.gliomaradiomics.numerics.BorderExtension;

/**
 * The border extensions an IBSI 2 filter may be given (IBSI 2 names, parsed from settings and options), each naming
 * one {@link BorderExtension}, through which every filter reads beyond the image: the vocabulary of the filter
 * settings; the rules themselves are {@link BorderExtension}'s only.
 */
public enum Padding {
    /** Constant 0 outside. */
    ZERO(BorderExtension.ZERO),
    /** The edge voxel repeated. */
    NEAREST(BorderExtension.NEAREST),
    /** Wrap around. */
    PERIODIC(BorderExtension.PERIODIC),
    /** Reflect with the edge voxel repeated (SciPy {@code reflect}, NumPy {@code symmetric}). */
    MIRROR(BorderExtension.MIRROR);

    private final BorderExtension extension;

    Padding(BorderExtension extension) {
        this.extension = extension;
    }

    /** The border rule of the numerics layer that this padding names. */
    public BorderExtension extension() {
        return extension;
    }

    /** Parses zero/constant, nearest/edge, periodic/wrap, mirror/symmetric/reflect (case-insensitive). */
    public static Padding parse(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "zero": case "constant": return ZERO;
            case "nearest": case "edge": return NEAREST;
            case "periodic": case "wrap": return PERIODIC;
            case "mirror": case "symmetric": case "reflect": return MIRROR;
            default: throw new IllegalArgumentException("unknown padding '" + name + "' (expected zero, nearest, periodic or mirror)");
        }
    }
}
