package org.gliomaradiomics.features.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gliomaradiomics.features.ExtractionSettings;
import org.junit.jupiter.api.Test;

/** {@link VoxelMapSettings} is an immutable record: the collections given to its builder are copied in, order kept. */
class VoxelMapSettingsTest {
    @Test
    void theDefaultsAreTheDocumentedOnes() {
        VoxelMapSettings d = VoxelMapSettings.defaults();
        assertEquals(1, d.kernelRadius());
        assertEquals(VoxelMapSettings.Convention.IBSI, d.convention());
        assertEquals(Set.of("glcm"), d.families());
        assertTrue(d.features().isEmpty());
        assertTrue(d.familyFeatures().isEmpty());
        assertEquals("original", d.imageType());
        assertEquals(ExtractionSettings.defaults(), d.extraction());
    }

    @Test
    void collectionsAreCopiedInAndCannotBeChanged() {
        Set<String> families = new LinkedHashSet<>(List.of("glrlm", "glcm"));
        Set<String> contrast = new LinkedHashSet<>(List.of("Contrast"));
        Map<String, Set<String>> perFamily = new LinkedHashMap<>(Map.of("glcm", contrast));
        VoxelMapSettings s = VoxelMapSettings.builder().families(families).familyFeatures(perFamily).build();
        families.add("ngtdm");
        contrast.add("JointEntropy");
        perFamily.put("glrlm", Set.of("RunEntropy"));
        assertEquals(List.of("glrlm", "glcm"), List.copyOf(s.families()));
        assertTrue(s.wanted("glcm", "Contrast"));
        assertFalse(s.wanted("glcm", "JointEntropy"));
        assertTrue(s.wanted("glrlm", "RunEntropy"));
        assertThrows(UnsupportedOperationException.class, () -> s.families().add("ngtdm"));
        assertThrows(UnsupportedOperationException.class, () -> s.familyFeatures().get("glcm").add("JointEntropy"));
        assertThrows(UnsupportedOperationException.class, () -> s.familyFeatures().remove("glcm"));
        assertEquals(s, s.toBuilder().build());
        VoxelMapSettings other = s.toBuilder().imageType("wavelet-LLH").kernelRadius(2).build();
        assertEquals("original", s.imageType());
        assertEquals(List.of("wavelet-LLH", "2"), List.of(other.imageType(), Integer.toString(other.kernelRadius())));
        assertEquals(s.families(), other.families());
    }
}
