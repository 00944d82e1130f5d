package org.gliomaradiomics.image;

import java.util.Map;

/** STUB until the io branch merges. */
public final class MriCase {
    public String id() { return ""; }
    public Map<String, Volume> sequences() { return Map.of(); }
    public Volume labels() { return null; }
    public String summary() { return ""; }
}
