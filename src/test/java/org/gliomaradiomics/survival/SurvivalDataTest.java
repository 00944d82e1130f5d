package org.gliomaradiomics.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gliomaradiomics.table.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurvivalDataTest {

    @Test
    void readsRossiByColumnName() throws Exception {
        SurvivalData d = Rossi.load();
        assertEquals(432, d.size());
        int events = 0;
        for (boolean e : d.event()) if (e) events++;
        assertEquals(114, events);
        // first data row: 20,1,0,27,1,0,0,1,3
        assertEquals(20, d.time()[0]);
        assertEquals(27, d.covariate("age")[0]);
        assertEquals(3, d.covariates()[0][6]);
    }

    @Test
    void numericErrorNamesFileRowAndColumn(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "id,os,dead,age\na,10,1,50\nb,12,0,fifty\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SurvivalData.fromCsv(CsvReader.read(csv), "os", "dead", "age"));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("line 3")
            && e.getMessage().contains("'age'") && e.getMessage().contains("fifty"), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
            () -> SurvivalData.fromCsv(CsvReader.read(csv), "os", "status"));
        assertTrue(missing.getMessage().contains("no column 'status'"), missing.getMessage());
    }
}
