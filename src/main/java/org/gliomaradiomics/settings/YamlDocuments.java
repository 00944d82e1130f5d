package org.gliomaradiomics.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.gliomaradiomics.image.TextFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The one YAML loader (snakeyaml) of every settings file: parameter files, filter files, pipelines, risk-score
 * settings. Documents become plain trees (maps with string keys, lists, strings, numbers, booleans, null); the safe
 * constructor never makes other Java objects, whatever the file says. A document that is not YAML is an {@link
 * IllegalArgumentException} (text) or an {@link IOException} naming the file, with the line and column of the
 * problem.
 */
public final class YamlDocuments {
    private YamlDocuments() {}

    /** The tree of a YAML text, or null for an empty document. */
    public static Object parse(String text) {
        try {
            return loader().load(text);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("not valid YAML: " + describe(e), e);
        }
    }

    /** The tree of a YAML file, or null for an empty file. */
    public static Object read(Path file) throws IOException {
        try (Reader r = TextFiles.reader(file)) {
            return loader().load(r);
        } catch (YAMLException e) {
            throw new IOException(file + ": not valid YAML: " + describe(e), e);
        }
    }

    /** A tree as YAML text (snakeyaml's default style), which {@link #parse} reads back to an equal tree. */
    public static String dump(Object tree) {
        return new Yaml().dump(tree);
    }

    private static Yaml loader() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private static String describe(YAMLException e) {
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null)
            return m.getProblem() + " at line " + (m.getProblemMark().getLine() + 1) + ", column " + (m.getProblemMark().getColumn() + 1);
        return String.valueOf(e.getMessage()).replace('\n', ' ');
    }
}
