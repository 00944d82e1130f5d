package org.gliomaradiomics.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feature list names each feature by IBSI code and PyRadiomics name. Pairs checked against the IBSI reference
 * manual (codes) and PyRadiomics' documentation of the same formulas: joint maximum GYBY is glcm MaximumProbability,
 * angular second moment 8ZQL is glcm JointEnergy, joint variance UR99 is glcm SumSquares, NGLDM's low dependence
 * emphasis SODN is gldm SmallDependenceEmphasis; PyRadiomics' MCC and TotalEnergy have no IBSI code.
 */
class FeaturesCommandTest {
    @Test
    void listsIbsiCodesAndPyRadiomicsNames() {
        CommandRunner r = CommandRunner.run("features");
        assertEquals(0, r.code, r.toString());
        List<String> lines = r.out.lines().toList();
        assertEquals("feature,family,ibsi_code,pyradiomics", lines.get(0));
        for (String row : List.of("JointMaximum,glcm,GYBY,glcm_MaximumProbability", "AngularSecondMoment,glcm,8ZQL,glcm_JointEnergy",
            "JointVariance,glcm,UR99,glcm_SumSquares", "LowDependenceEmphasis,ngldm,SODN,gldm_SmallDependenceEmphasis",
            "SumVariance,glcm,OEEB,", "MCC,glcm,,glcm_MCC", "TotalEnergy,firstorder,,firstorder_TotalEnergy"))
            assertTrue(lines.contains(row), row + " missing from\n" + r.out);
    }
}
