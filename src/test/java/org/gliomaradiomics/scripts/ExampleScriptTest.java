package org.gliomaradiomics.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import ij.measure.ResultsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandService;

/**
 * Runs scripts/Extract_Features.groovy as Fiji's script editor would: the {@code #@} parameter lines become
 * variables (a service from a SciJava context, the files, the text), the script calls the command through
 * CommandService and its {@code #@output} is read back. IBSI 1 digital phantom with the reference settings: 482
 * IBSI values plus 3 diagnostics, and the 3D GLCM joint maximum 0.503 (IBSI consensus value, code GYBY).
 */
class ExampleScriptTest {
    private static final Pattern PARAMETER = Pattern.compile("^#@(output)?\\s*(\\w+)\\s*(\\(.*\\))?\\s*(\\w+)\\s*$");

    @Test
    void extractFeaturesScriptReturnsTheTable() throws Exception {
        Path script = TestPaths.project().resolve("scripts/Extract_Features.groovy");
        Path ibsi = TestPaths.testImages().resolve("ibsi1");
        Map<String, Object> values = Map.of("image", ibsi.resolve("phantom.nii.gz").toFile(), "mask", ibsi.resolve("mask.nii.gz").toFile(),
            "params", ibsi.resolve("settings.yaml").toFile(), "regions", "1");
        try (Context context = new Context()) {
            Binding binding = new Binding();
            List<String> outputs = new ArrayList<>();
            StringBuilder code = new StringBuilder();
            for (String line : Files.readAllLines(script)) {
                Matcher m = PARAMETER.matcher(line.trim());
                if (!m.matches()) {
                    code.append(line).append('\n');
                    continue;
                }
                String type = m.group(2), name = m.group(4);
                if (m.group(1) != null) outputs.add(name);
                else if (type.endsWith("Service")) binding.setVariable(name, context.service(CommandService.class));
                else binding.setVariable(name, values.get(name));
            }
            new GroovyShell(getClass().getClassLoader(), binding).evaluate(code.toString());
            assertEquals(List.of("features"), outputs);
            ResultsTable features = (ResultsTable) binding.getVariable("features");
            assertEquals(485, features.size());
            int row = -1;
            for (int i = 0; i < features.size(); i++)
                if (features.getStringValue("ibsi_code", i).equals("GYBY") && features.getStringValue("aggregation", i).equals("3D:avg")) row = i;
            assertTrue(row >= 0, "no GYBY 3D:avg row");
            assertEquals(0.503, features.getValue("value", row), 0.0005);
        }
    }
}
