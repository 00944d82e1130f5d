package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskInputTest {
    @TempDir Path dir;

    @Test
    void fileOfAMaskChoosingRoisByNameIsTheRtstructItself() throws Exception {
        Path rs = Files.createFile(dir.resolve("RS.dcm"));
        assertEquals(rs, MaskInput.parse(rs + "::GTV,Edema").file()); // ':' is not valid in a Windows file name
        assertEquals(rs, MaskInput.parse(rs.toString()).file());
    }
}
