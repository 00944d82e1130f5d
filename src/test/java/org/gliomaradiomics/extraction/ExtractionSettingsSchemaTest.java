package org.gliomaradiomics.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.gliomaradiomics.features.ExtractionSettings;
import org.gliomaradiomics.features.FeatureSettings;
import org.gliomaradiomics.features.TextureSettings;
import org.gliomaradiomics.preprocess.Resampler;
import org.gliomaradiomics.settings.Setting;
import org.junit.jupiter.api.Test;

/**
 * The immutable {@link ExtractionSettings} record and the declared parameter-file schema agree: its defaults are the
 * defaults {@link ParameterFileSchema} (and so the README's table) declares, and a file is turned into the record
 * in one pass over the declared keys.
 */
class ExtractionSettingsSchemaTest {
    @Test
    void aFileStatingEveryDeclaredDefaultGivesTheRecordsDefaults() throws Exception {
        StringBuilder yaml = new StringBuilder("setting:\n");
        int stated = 0;
        for (Setting s : ParameterFileSchema.SETTINGS) {
            if (s.scope() == Setting.Scope.PYRADIOMICS || s.defaultValue().isEmpty() || s.key().equals("conventions")) continue;
            yaml.append("  ").append(s.key()).append(": ").append(s.defaultValue()).append('\n');
            stated++;
        }
        assertEquals(15, stated, "keys with a declared default: " + yaml);
        ExtractionSettings fromFile = ExtractionParams.from(ParamsFile.parseText(yaml.toString())).settings();
        assertEquals(ExtractionSettings.defaults(), fromFile);
        assertEquals(ExtractionSettings.defaults(), ExtractionParams.from(ParamsFile.parseText("setting:\n  label: 1\n")).settings());
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        // independent of both the schema and the builder: the values the README's parameter table documents
        ExtractionSettings d = ExtractionSettings.defaults();
        assertNull(d.resampledSpacing());
        assertEquals(Resampler.Interpolator.TRILINEAR, d.interpolator());
        assertEquals(ExtractionSettings.Discretisation.FIXED_BIN_SIZE, d.discretisation());
        assertEquals(25, d.binWidth());
        assertEquals(32, d.binCount());
        assertEquals(ExtractionSettings.IvhDiscretisation.NONE, d.ivhDiscretisation());
        assertEquals(2.5, d.ivhBinWidth());
        assertEquals(1000, d.ivhBinCount());
        assertEquals(new LinkedHashSet<>(ExtractionSettings.allFamilyNames()), d.families());
        assertEquals(EnumSet.allOf(FeatureSettings.Dimension.class), d.features().dimensions());
        assertEquals(new TextureSettings(1, true, 0), d.features().texture());
        assertEquals(Math.cbrt(3000 / (4 * Math.PI)), d.features().localIntensityRadiusMm(), 1e-12); // a 1 cm³ sphere
        assertEquals(FeatureSettings.Surface.MESH, d.features().surface());
    }

    @Test
    void theRecordIsImmutable() {
        double[] spacing = {1, 1, 2};
        ExtractionSettings s = ExtractionSettings.builder().resampledSpacing(spacing).families(new LinkedHashSet<>(List.of("glcm"))).build();
        spacing[2] = 5;
        s.resampledSpacing()[0] = 7;
        assertArrayEquals(new double[] {1, 1, 2}, s.resampledSpacing());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> s.families().add("glrlm"));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
            () -> s.features().dimensions().add(FeatureSettings.Dimension.D2));
        assertEquals(s, s.toBuilder().build());
        assertEquals(s.hashCode(), s.toBuilder().build().hashCode());
        assertNotEquals(s, s.toBuilder().resampledSpacing(new double[] {1, 1, 3}).build());
    }
}
