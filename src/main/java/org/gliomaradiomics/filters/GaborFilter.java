package org.gliomaradiomics.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.gliomaradiomics.image.Limits;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.BorderExtension;
import org.gliomaradiomics.numerics.Fft2d;
import org.gliomaradiomics.numerics.Fft;
import org.gliomaradiomics.parallel.Parallel;

/**
 * IBSI 2 Gabor filter: 2D kernels g(x, y) = exp(-(x'^2 + gamma^2 y'^2) / (2 sigma^2)) exp(i 2 pi x' / lambda),
 * x' = x cos(theta) + y sin(theta), y' = -x sin(theta) + y cos(theta) (x, y in mm; not normalised, as the IBSI
 * reference maps), applied to every slice of a plane; the response is the modulus. Optionally pooled over
 * orientations theta0 + k * step in [0, 2 pi), and averaged over the three orthogonal planes. The kernel is
 * truncated at 4 sigma max(1, 1/gamma) and the convolution is done by FFT on each padded slice (the kernel is
 * not separable and often as large as the image).
 */
public final class GaborFilter implements ImageFilter {
    private static final double TRUNCATION = 4;
    private static final int[][] PLANES = {{0, 1}, {0, 2}, {1, 2}}; // axial (x-y), coronal (x-z), sagittal (y-z)

    private final double sigmaMm, lambdaMm, gamma, thetaRad;
    private final double thetaStepRad; // <= 0: single orientation
    private final Pooling pooling;
    private final boolean orthogonalPlanes;
    private final Padding padding;

    /**
     * @param thetaStepRad orientation step for rotation invariance (orientations theta + k step in [0, 2 pi)), or
     *                     0 for the single orientation {@code thetaRad}
     * @param orthogonalPlanes average the responses of the axial, coronal and sagittal planes instead of axial only
     */
    public GaborFilter(double sigmaMm, double lambdaMm, double gamma, double thetaRad, double thetaStepRad, Pooling pooling, boolean orthogonalPlanes, Padding padding) {
        if (!(sigmaMm > 0) || !(lambdaMm > 0) || !(gamma > 0))
            throw new IllegalArgumentException("Gabor sigma, lambda and gamma must be positive, got " + sigmaMm + ", " + lambdaMm + ", " + gamma);
        if (thetaStepRad < 0 || Double.isNaN(thetaStepRad)) throw new IllegalArgumentException("Gabor orientation step must be >= 0, got " + thetaStepRad);
        this.sigmaMm = sigmaMm;
        this.lambdaMm = lambdaMm;
        this.gamma = gamma;
        this.thetaRad = thetaRad;
        this.thetaStepRad = thetaStepRad;
        this.pooling = pooling;
        this.orthogonalPlanes = orthogonalPlanes;
        this.padding = padding;
    }

    @Override
    public Volume apply(Volume in, DoubleConsumer progress) {
        int[] dims = ResponseMaps.dims(in);
        double[] sum = null;
        int planes = orthogonalPlanes ? 3 : 1;
        for (int p = 0; p < planes; p++) {
            double[] r = plane(in, dims, PLANES[p][0], PLANES[p][1]);
            if (sum == null) sum = r; else ResponseMaps.addInto(sum, r);
            progress.accept((p + 1.0) / planes);
        }
        if (planes > 1) for (int i = 0; i < sum.length; i++) sum[i] /= planes;
        return ResponseMaps.wrap(in, sum);
    }

    /** Orientations; theta and theta + pi give the same modulus (conjugate kernels) and are kept once with a weight. */
    private List<double[]> orientations() {
        List<double[]> out = new ArrayList<>(); // {theta, multiplicity}
        if (thetaStepRad == 0) { out.add(new double[] {thetaRad, 1}); return out; }
        int count = (int) Math.round(2 * Math.PI / thetaStepRad);
        if (Math.abs(count * thetaStepRad - 2 * Math.PI) > 1e-9) throw new IllegalArgumentException("Gabor orientation step " + thetaStepRad + " rad does not divide 2 pi");
        if (count % 2 == 0) {
            for (int k = 0; k < count / 2; k++) out.add(new double[] {thetaRad + k * thetaStepRad, 2});
        } else {
            for (int k = 0; k < count; k++) out.add(new double[] {thetaRad + k * thetaStepRad, 1});
        }
        return out;
    }

    private double[] plane(Volume in, int[] dims, int axisU, int axisV) {
        int axisW = 3 - axisU - axisV;
        int nu = dims[axisU], nv = dims[axisV], nw = dims[axisW];
        double su = in.geometry().spacing(axisU), sv = in.geometry().spacing(axisV);
        double reachMm = TRUNCATION * sigmaMm * Math.max(1, 1 / gamma);
        int ru = Limits.kernelRadius("Gabor sigma " + sigmaMm + " mm", reachMm, su), rv = Limits.kernelRadius("Gabor sigma " + sigmaMm + " mm", reachMm, sv);
        int mu = Fft.nextSmooth(nu + 2 * ru), mv = Fft.nextSmooth(nv + 2 * rv);
        List<double[]> thetas = orientations();
        double totalWeight = 0;
        for (double[] t : thetas) totalWeight += t[1];
        double[][][] kernelSpectra = new double[thetas.size()][][];
        Fft2d fft = new Fft2d(mu, mv);
        for (int t = 0; t < thetas.size(); t++) kernelSpectra[t] = kernelSpectrum(thetas.get(t)[0], ru, rv, su, sv, fft);

        int[] stride = {1, dims[0], dims[0] * dims[1]};
        double[] out = new double[in.voxels().length];
        double[] src = in.voxels();
        double weightSum = totalWeight;
        BorderExtension border = padding.extension();
        Parallel.forEach(nw, w -> {
            Fft2d local = new Fft2d(mu, mv);
            double[] imgRe = new double[mu * mv], imgIm = new double[mu * mv];
            for (int j = 0; j < nv + 2 * rv; j++) {
                int v = border.index(j - rv, nv);
                for (int i = 0; i < nu + 2 * ru; i++) {
                    int u = border.index(i - ru, nu);
                    imgRe[i + mu * j] = u < 0 || v < 0 ? 0 : src[u * stride[axisU] + v * stride[axisV] + w * stride[axisW]];
                }
            }
            local.forward(imgRe, imgIm, nv + 2 * rv);
            double[] re = new double[mu * mv], im = new double[mu * mv], pooled = null;
            for (int t = 0; t < thetas.size(); t++) {
                double[] kr = kernelSpectra[t][0], ki = kernelSpectra[t][1];
                for (int k = 0; k < re.length; k++) {
                    re[k] = imgRe[k] * kr[k] - imgIm[k] * ki[k];
                    im[k] = imgRe[k] * ki[k] + imgIm[k] * kr[k];
                }
                local.inverse(re, im, rv, rv + nv);
                double[] modulus = new double[nu * nv];
                double weight = pooling == Pooling.AVERAGE ? thetas.get(t)[1] : 1;
                for (int v = 0; v < nv; v++)
                    for (int u = 0; u < nu; u++) {
                        int k = (u + ru) + mu * (v + rv);
                        modulus[u + nu * v] = weight * Math.sqrt(re[k] * re[k] + im[k] * im[k]);
                    }
                pooled = pooling.accumulate(pooled, modulus);
            }
            double norm = pooling == Pooling.AVERAGE ? weightSum : 1;
            for (int v = 0; v < nv; v++)
                for (int u = 0; u < nu; u++)
                    out[u * stride[axisU] + v * stride[axisV] + w * stride[axisW]] = pooled[u + nu * v] / norm;
        });
        return out;
    }

    /** FFT of the kernel placed with its centre at index (0, 0) (negative offsets wrap around). */
    private double[][] kernelSpectrum(double theta, int ru, int rv, double su, double sv, Fft2d fft) {
        double[] re = new double[fft.mu * fft.mv], im = new double[fft.mu * fft.mv];
        double c = Math.cos(theta), s = Math.sin(theta);
        for (int dv = -rv; dv <= rv; dv++)
            for (int du = -ru; du <= ru; du++) {
                double x = du * su, y = dv * sv;
                double xr = x * c + y * s, yr = -x * s + y * c;
                double envelope = Math.exp(-(xr * xr + gamma * gamma * yr * yr) / (2 * sigmaMm * sigmaMm));
                double phase = 2 * Math.PI * xr / lambdaMm;
                int k = Math.floorMod(du, fft.mu) + fft.mu * Math.floorMod(dv, fft.mv);
                re[k] = envelope * Math.cos(phase);
                im[k] = envelope * Math.sin(phase);
            }
        fft.forward(re, im, fft.mv);
        return new double[][] {re, im};
    }

    @Override
    public String toString() {
        return "Gabor sigma " + sigmaMm + " mm, lambda " + lambdaMm + " mm, gamma " + gamma + (orthogonalPlanes ? ", 3 planes" : ", axial") + " " + padding;
    }
}
