package org.gliomaradiomics.settings;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The one YAML loader (snakeyaml) of every settings text: parameter files, filter files, pipelines, risk-score
 * settings. Documents become plain trees (maps with string keys, lists, strings, numbers, booleans, null); the safe
 * constructor never makes other Java objects, whatever the text says. Text only: {@link YamlDocuments} reads files,
 * so that the core can parse YAML without touching the file system.
 */
public final class YamlText {
    private YamlText() {}

    /**
     * The tree of a YAML text, or null for an empty document.
     *
     * @throws IllegalArgumentException "not valid YAML: ..." with the line and column of the problem
     */
    public static Object parse(String text) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("not valid YAML: " + describe(e), e);
        }
    }

    /** A tree as YAML text (snakeyaml's default style), which {@link #parse} reads back to an equal tree. */
    public static String dump(Object tree) {
        return new Yaml().dump(tree);
    }

    private static String describe(YAMLException e) {
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null)
            return m.getProblem() + " at line " + (m.getProblemMark().getLine() + 1) + ", column " + (m.getProblemMark().getColumn() + 1);
        return String.valueOf(e.getMessage()).replace('\n', ' ');
    }
}
