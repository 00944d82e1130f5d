package org.gliomaradiomics.settings;

import java.util.Collection;

/** The one message for every problem found in a settings file, so that a user fixes them all in one go. */
public final class Problems {
    private Problems() {}

    /** {@code P.yaml: a} or {@code P.yaml: 3 problems: a; b; c}. */
    public static String message(String source, Collection<String> problems) {
        if (problems.size() == 1) return source + ": " + problems.iterator().next();
        return source + ": " + problems.size() + " problems: " + String.join("; ", problems);
    }
}
