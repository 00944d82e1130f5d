package org.gliomaradiomics.commands;

/**
 * Where long work reports how far it is; the front end decides how to show it (ImageJ's status and progress bars,
 * or lines on standard error). A front end may stop the work by throwing {@link java.util.concurrent.CancellationException}
 * from {@link #report}: writers are atomic, so nothing half-written is left behind.
 */
@FunctionalInterface
public interface Progress {
    /** @param fraction 0..1 */
    void report(String stage, double fraction);

    Progress NONE = (stage, fraction) -> { };
}
