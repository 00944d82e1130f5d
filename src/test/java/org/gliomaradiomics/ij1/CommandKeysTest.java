package org.gliomaradiomics.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.ParamSpec;
import org.gliomaradiomics.testutil.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * Pins every command's menu label, command-line name, macro keys and options, so that a change to them, which
 * breaks users' recorded macros and scripts, is always deliberate: update src/test/resources/command-keys.txt in
 * the same commit (the failure message prints the new listing).
 */
class CommandKeysTest {
    static String listing() {
        StringBuilder b = new StringBuilder();
        for (CommandSpec c : CommandCatalog.all()) {
            b.append(c.name()).append("  \"").append(c.label()).append("\"  ").append(c.menuPath()).append('\n');
            for (ParamSpec p : c.params()) {
                b.append("    ").append(p.name()).append("  ").append(p.option()).append("  ").append(p.type().getSimpleName());
                if (p.mustBeGiven()) b.append("  required");
                if (p.requiredOnCommandLine()) b.append("  required-on-command-line");
                String def = ParamSpec.text(p.defaultValue());
                if (!def.isEmpty() && !p.mustBeGiven()) b.append("  default=").append(def);
                if (p.choices().length > 0) b.append("  choices=").append(String.join("|", p.choices()));
                b.append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void keysAndOptionsArePinned() throws IOException {
        Path pinned = TestPaths.project().resolve("src/test/resources/command-keys.txt");
        String now = listing();
        String expected = Files.exists(pinned) ? Files.readString(pinned) : "";
        assertEquals(expected, now, "macro keys or command-line options changed; if deliberate, write this listing to " + pinned);
    }
}
