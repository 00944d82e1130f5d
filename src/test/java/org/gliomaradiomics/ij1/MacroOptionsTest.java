package org.gliomaradiomics.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandException;
import org.gliomaradiomics.commands.CommandSpec;
import org.junit.jupiter.api.Test;

class MacroOptionsTest {
    private final CommandSpec extract = CommandCatalog.byName("extract").orElseThrow();

    @Test
    void readsWhatTheRecorderWrites() {
        Map<String, String> v = MacroOptions.parse("image=[/data/my case/t1ce.nii.gz] mask=<roi-manager> label=WT,TC,ET format=wide", extract);
        assertEquals(Map.of("image", "/data/my case/t1ce.nii.gz", "mask", "<roi-manager>", "label", "WT,TC,ET", "format", "wide"), v);
    }

    @Test
    void bareKeyIsACheckedBox() {
        CommandSpec batch = CommandCatalog.byName("batch-extract").orElseThrow();
        assertEquals("true", MacroOptions.parse("manifest=m.csv resume out=o.csv", batch).get("resume"));
    }

    @Test
    void unknownKeyIsAnErrorNamingIt() {
        CommandException e = assertThrows(CommandException.class, () -> MacroOptions.parse("image=a.nii lable=2", extract));
        assertTrue(e.getMessage().contains("'lable'") && e.getMessage().contains("label"), e.getMessage());
    }

    @Test
    void formatRoundTrips() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("image", "/data/my case/t1ce.nii.gz");
        v.put("label", "1");
        v.put("id", "");
        String options = MacroOptions.format(v);
        assertEquals("image=[/data/my case/t1ce.nii.gz] label=1 id=[]", options);
        assertEquals(v, MacroOptions.parse(options, extract));
    }
}
