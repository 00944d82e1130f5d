package org.gliomaradiomics.longitudinal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gliomaradiomics.preprocess.RegistrationSettings;
import org.gliomaradiomics.settings.Setting;
import org.junit.jupiter.api.Test;

/** The declared keys are the record's components, their defaults the builder's, and the settings cannot change. */
class LongitudinalSettingsTest {
    @Test
    void keysAreTheComponentsInOrder() {
        List<String> components = Arrays.stream(LongitudinalSettings.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertEquals(components, LongitudinalSettings.KEYS.stream().map(Setting::key).toList());
    }

    @Test
    void declaredDefaultsAreTheBuildersAndRano2() throws Exception {
        LongitudinalSettings d = LongitudinalSettings.defaults();
        for (Setting k : LongitudinalSettings.KEYS) {
            assertTrue(!k.doc().isBlank(), k.key());
            Object value = LongitudinalSettings.class.getMethod(k.key()).invoke(d);
            if (k.defaultValue().isEmpty()) {
                if (!(value instanceof RegistrationSettings)) assertNull(value, k.key() + ": no declared default, so absent");
            } else {
                assertEquals(k.defaultValue(), String.valueOf(value), k.key());
            }
        }
        // RANO 2.0 (Wen et al., J Clin Oncol 2023): 3 targets of >= 10 mm, PR -50 % / PD +25 % of the SPD, 12 weeks
        assertEquals(3, d.maxTargetLesions());
        assertEquals(10.0, d.minMeasurableDiameterMm());
        assertEquals(0.5, d.bidimensionalResponseDecrease());
        assertEquals(0.25, d.bidimensionalProgressionIncrease());
        assertEquals(84, d.preliminaryWindowDays());
    }

    @Test
    void settingsAreImmutableAndToBuilderCopies() {
        List<String> regions = new ArrayList<>(List.of("ET"));
        LongitudinalSettings s = LongitudinalSettings.builder().features(true).featureRegions(regions).build();
        regions.add("WT");
        assertEquals(List.of("ET"), s.featureRegions());
        assertThrows(UnsupportedOperationException.class, () -> s.registrationSequences().add("flair"));
        LongitudinalSettings t = s.toBuilder().maxTargetLesions(4).build();
        assertNotSame(s, t);
        assertEquals(3, s.maxTargetLesions());
        assertEquals(4, t.maxTargetLesions());
        assertEquals(s, t.toBuilder().maxTargetLesions(3).build());
    }
}
