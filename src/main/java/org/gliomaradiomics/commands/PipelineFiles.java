package org.gliomaradiomics.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.image.TextFiles;
import org.gliomaradiomics.learn.PipelineSpec;
import org.gliomaradiomics.table.CsvReader;

/** Pipeline YAML files ({@link PipelineSpec}) and the robustness tables they name: the file side of the learn package. */
public final class PipelineFiles {
    private PipelineFiles() {}

    /** A pipeline from a YAML file; a relative {@code robust.table} is relative to the file's folder. */
    public static PipelineSpec read(Path file) throws IOException {
        try {
            Map<String, Object> m = PipelineSpec.parse(TextFiles.read(file));
            if (m == null) return PipelineSpec.defaults();
            if (m.get("robust") instanceof Map<?, ?> r && r.get("table") != null && !Path.of(String.valueOf(r.get("table"))).isAbsolute()) {
                @SuppressWarnings("unchecked") Map<String, Object> robust = new LinkedHashMap<>((Map<String, Object>) r);
                robust.put("table", file.toAbsolutePath().getParent().resolve(String.valueOf(r.get("table"))).normalize().toString());
                m.put("robust", robust);
            }
            return PipelineSpec.fromMap(m, CsvReader::read);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** A pipeline from YAML text whose {@code robust.table}, if any, is read from the file it names. */
    public static PipelineSpec parse(String yaml) {
        return PipelineSpec.fromYaml(yaml, CsvReader::read);
    }
}
