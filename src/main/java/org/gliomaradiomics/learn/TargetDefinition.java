package org.gliomaradiomics.learn;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which clinical column is the target and how its text becomes classes. Binary: values matching
 * {@code positiveRegex} (found anywhere in the value, e.g. {@code (?i)mut|IDH[12]}) are class 1 ("positive"),
 * others class 0 unless {@code negativeRegex} is given, in which case values matching neither are treated as
 * unknown. Multi-class ({@code positiveRegex == null}): every distinct value is a class, sorted (numerically when
 * all values are numbers, e.g. WHO grade 2/3/4). Values matching {@code missingRegex} are unknown and the row is
 * left out.
 */
public final class TargetDefinition implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String DEFAULT_MISSING =
            "(?i)^\\s*(|na|n/a|nan|null|none|unknown|not available|indeterminate|nos/nec|nos|nec|-|\\?)\\s*$";

    public final String column;
    public final String positiveRegex;
    public final String negativeRegex;
    public final String missingRegex;

    public TargetDefinition(String column, String positiveRegex, String negativeRegex, String missingRegex) {
        if (column == null || column.isEmpty()) throw new IllegalArgumentException("target column is empty");
        this.column = column;
        this.positiveRegex = positiveRegex;
        this.negativeRegex = negativeRegex;
        this.missingRegex = missingRegex == null ? DEFAULT_MISSING : missingRegex;
    }

    public static TargetDefinition binary(String column, String positiveRegex) {
        return new TargetDefinition(column, positiveRegex, null, null);
    }

    public static TargetDefinition multiClass(String column) {
        return new TargetDefinition(column, null, null, null);
    }

    public boolean isBinary() {
        return positiveRegex != null;
    }

    public boolean isMissing(String value) {
        return value == null || Pattern.compile(missingRegex).matcher(value).find();
    }

    /** For binary targets: 1 positive, 0 negative, -1 unknown. */
    public int binaryClass(String value) {
        if (isMissing(value)) return -1;
        if (Pattern.compile(positiveRegex).matcher(value).find()) return 1;
        if (negativeRegex == null || Pattern.compile(negativeRegex).matcher(value).find()) return 0;
        return -1;
    }

    public String[] binaryClassNames() {
        return new String[] {"negative", "positive"};
    }

    @Override
    public String toString() {
        return isBinary() ? String.format(Locale.ROOT, "%s (positive: /%s/)", column, positiveRegex)
                : column + " (multi-class)";
    }
}
