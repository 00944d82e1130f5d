package org.gliomaradiomics.commands;

/** Where long work reports how far it is; the front end decides how to show it. */
@FunctionalInterface
public interface Progress {
    /** @param fraction 0..1 */
    void report(String stage, double fraction);

    Progress NONE = (stage, fraction) -> { };
}
