package org.gliomaradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WhiteStripeTest {
    static final Geometry G = BrainPhantom.grid(48, 56, 44, 3.5);

    @ParameterizedTest
    @EnumSource(names = {"T1", "T2"})
    void whiteMatterLandsNearZeroWhateverTheScale(WhiteStripe.Contrast contrast) {
        boolean[] brain = BrainPhantom.mask(G, BrainPhantom::inBrain);
        boolean[] core = BrainPhantom.mask(G, BrainPhantom::whiteCore);
        BrainPhantom.Contrast c = contrast == WhiteStripe.Contrast.T1 ? BrainPhantom.T1 : BrainPhantom.T2;
        Volume img = BrainPhantom.sample(G, c, 2.0, 31);
        Volume[] copies = {img, BrainPhantom.map(img, v -> 0.7 * v + 50), BrainPhantom.map(img, v -> 1.5 * v)};
        double[] wm = new double[3];
        for (int i = 0; i < 3; i++) {
            WhiteStripe.Result r = WhiteStripe.normalize(copies[i], brain, contrast, 0.05);
            wm[i] = BrainPhantom.mean(BrainPhantom.values(r.normalized(), core));
            if (i == 0) {
                System.out.printf("WhiteStripe %s: mode %.3f, stripe [%.3f, %.3f], mean %.3f, sd %.3f%n", contrast, r.mode(), r.stripeLow(), r.stripeHigh(), r.mean(), r.sd());
                assertEquals(c.white(), r.mode(), 3, "white-matter mode of the unscaled image");
                assertEquals(c.white(), r.mean(), 3, "white-stripe mean of the unscaled image");
            }
        }
        System.out.printf("WhiteStripe %s: white matter at %.4f, %.4f, %.4f%n", contrast, wm[0], wm[1], wm[2]);
        assertEquals(wm[0], wm[1], 0.01);
        assertEquals(wm[0], wm[2], 0.01);
    }
}
