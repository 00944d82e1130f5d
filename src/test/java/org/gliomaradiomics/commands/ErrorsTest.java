package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorsTest {
    @Test
    void outOfMemoryNamesTheHeapAndAnXmxTwiceAsLarge() {
        String m = org.gliomaradiomics.image.Limits.outOfMemory(3584L << 20); // 3.5 GiB: twice is 7 GiB
        assertTrue(m.startsWith("out of memory: Java may use 3.5 GB here; run java -Xmx7g -jar"), m);
        assertTrue(org.gliomaradiomics.image.Limits.outOfMemory(256L << 20).contains("-Xmx2g"), "never less than 2 GB");
        assertTrue(Errors.oneLine(new OutOfMemoryError("Java heap space")).contains("Edit > Options > Memory & Threads"));
    }

    @Test
    void internalExceptionsKeepTheirNameButExpectedOnesAreTheMessageAlone() {
        assertEquals("x.nii: bad header", Errors.oneLine(new java.io.IOException("x.nii: bad header")));
        assertEquals("ArithmeticException: / by zero", Errors.oneLine(new ArithmeticException("/ by zero")));
    }
}
