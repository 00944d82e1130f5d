package org.gliomaradiomics.filters;

import java.util.Collection;
import java.util.List;

/** Every problem of a filter specification (a missing or bad parameter, an unknown key), found in one pass. */
public final class FilterSpecException extends IllegalArgumentException {
    private final List<String> problems;

    public FilterSpecException(Collection<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
