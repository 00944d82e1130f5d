package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gliomaradiomics.features.Convention;
import org.gliomaradiomics.filters.Dimensionality;
import org.gliomaradiomics.filters.LaplacianOfGaussianFilter;
import org.gliomaradiomics.filters.Padding;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.BorderExtension;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;
import org.gliomaradiomics.features.RoiBox;
import org.gliomaradiomics.features.RoiData;

/**
 * PyRadiomics' derived image types ({@code imageoperations.get<Type>Image}), each filtered only on the ROI box plus
 * the filter's reach ({@link #region}) and returned cropped to the ROI box.
 * <ul>
 * <li>Square x²/max|x|, SquareRoot sign(x)·√(|x|·max|x|), Logarithm sign(x)·ln(|x|+1) rescaled to the same max|x|,
 *     Exponential exp(x·ln(max|x|)/max|x|): max|x| over the whole pre-processed image, as PyRadiomics takes it.</li>
 * <li>Gradient: magnitude of central differences (divided by the spacing unless {@code gradientUseSpacing} is
 *     false), edge voxel repeated outside, as SimpleITK's GradientMagnitudeImageFilter.</li>
 * <li>LoG: σ² times the Laplacian of the Gaussian-smoothed image, σ in mm, in the implementation the
 *     {@link Convention#filters()} names: ITK's recursive (Deriche) Gaussian ({@link RecursiveGaussian}) as
 *     SimpleITK's LaplacianRecursiveGaussianImageFilter with NormalizeAcrossScale (PyRadiomics), or IBSI 2's
 *     sampled kernel truncated at 4σ ({@link LaplacianOfGaussianFilter}, voxel units); lines start from their edge value. The
 *     crop margin is where the recursion has decayed below ~1e-8 (beyond the kernel's 4σ), so ROI values equal a
 *     whole-image run to that level.</li>
 * <li>Wavelet: {@link StationaryWavelet}. LBP2D: {@link LocalBinaryPattern2D}. LBP3D: {@link LocalBinaryPattern3D}
 *     (its cubic spline prefilter runs over the whole image, as scipy's does, so values match bit for bit).</li>
 * </ul>
 */
final class ImageTypeFilters {
    /** A filtered image: its PyRadiomics name and its values on the ROI box. */
    record Named(String name, RoiData roi) {}

    static final List<String> SUPPORTED = List.of("Original", "LoG", "Wavelet", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D");

    private ImageTypeFilters() {}

    /** {@link #of(String, double[], DataType, boolean[], int[], double[], RoiBox, PyRadiomicsSettings, Convention)} for a
     * float64 image, with PyRadiomics' filters. */
    static List<Named> of(String type, double[] image, boolean[] roi, int[] dims, double[] spacing, RoiBox box, PyRadiomicsSettings s) {
        return of(type, image, DataType.FLOAT64, roi, dims, spacing, box, s, Convention.PYRADIOMICS);
    }

    /**
     * The images of one derived type (not Original) computed from the pre-processed image {@code image} (grid
     * {@code dims}, spacing in mm; {@code voxelType} its type as PyRadiomics holds it) with ROI {@code roi} and its box;
     * the LoG in the implementation {@code convention} names.
     */
    static List<Named> of(String type, double[] image, DataType voxelType, boolean[] roi, int[] dims, double[] spacing, RoiBox box,
                          PyRadiomicsSettings s, Convention convention) {
        List<Named> out = new ArrayList<>();
        switch (type) {
            case "Square", "SquareRoot", "Logarithm", "Exponential" -> {
                RoiBox r = region(box, dims, new int[3]);
                double[] v = r.crop(image, dims[0], dims[1]);
                pointwise(type, v, maxAbs(image));
                out.add(new Named(type.toLowerCase(Locale.ROOT), RoiData.cropToMask(v, r.crop(roi, dims[0], dims[1]), r.size(), spacing)));
            }
            case "Gradient" -> {
                RoiBox r = region(box, dims, new int[] {1, 1, 1});
                double[] g = gradientMagnitude(r.crop(image, dims[0], dims[1]), r.size(), s.gradientUseSpacing() ? spacing : new double[] {1, 1, 1});
                out.add(new Named("gradient", RoiData.cropToMask(g, r.crop(roi, dims[0], dims[1]), r.size(), spacing)));
            }
            case "LoG" -> {
                if (Math.min(dims[0], Math.min(dims[1], dims[2])) < 4) return out; // PyRadiomics skips LoG on images under 4 voxels
                double[] sigmas = s.sigma();
                for (int i = 0; i < sigmas.length; i++) {
                    double sigma = sigmas[i];
                    if (!(sigma > 0)) throw new IllegalArgumentException("LoG sigma must be positive, got " + sigma + " mm");
                    boolean fits = true;
                    int[] margin = new int[3];
                    for (int a = 0; a < 3; a++) {
                        fits &= dims[a] >= Math.ceil(sigma / spacing[a]) + 1;
                        margin[a] = recursiveReach(sigma, spacing[a]);
                    }
                    if (!fits) continue; // PyRadiomics skips a sigma too large for the image
                    RoiBox r = region(box, dims, margin);
                    double[] v = laplacianOfGaussian(r.crop(image, dims[0], dims[1]), r.size(), spacing, sigma, convention.filters());
                    out.add(new Named("log-sigma-" + s.sigmaLabel(i).replace('.', '-') + "-mm-3D", RoiData.cropToMask(v, r.crop(roi, dims[0], dims[1]), r.size(), spacing)));
                }
            }
            case "Wavelet" -> {
                int reach = StationaryWavelet.reach(s.wavelet()) * (s.startLevel() + s.level()) + 1;
                RoiBox r = region(box, dims, new int[] {reach, reach, reach});
                boolean[] regionRoi = r.crop(roi, dims[0], dims[1]);
                int[] axes = s.force2D() ? (s.force2Ddimension() == 0 ? new int[] {0, 1} : s.force2Ddimension() == 1 ? new int[] {0, 2} : new int[] {1, 2})
                    : new int[] {0, 1, 2}; // PyRadiomics' axes (2, 1, 0) without the force2D one, as our x, y, z
                Map<String, double[]> bands = StationaryWavelet.decompose(r.crop(image, dims[0], dims[1]), r.size(), full(r, dims),
                    s.wavelet(), s.startLevel(), s.level(), axes);
                for (Map.Entry<String, double[]> b : bands.entrySet()) out.add(new Named(b.getKey(), RoiData.cropToMask(b.getValue(), regionRoi, r.size(), spacing)));
            }
            case "LBP2D" -> {
                int inPlane = (int) Math.ceil(s.lbp2DRadius()) + 1;
                int[] margin = {inPlane, inPlane, inPlane};
                margin[2 - s.force2Ddimension()] = 0;
                RoiBox r = region(box, dims, margin);
                double[] lbp = LocalBinaryPattern2D.volume(r.crop(image, dims[0], dims[1]), r.size(), s.force2Ddimension(),
                    s.lbp2DSamples(), s.lbp2DRadius(), s.lbp2DMethod());
                out.add(new Named("lbp-2D", RoiData.cropToMask(lbp, r.crop(roi, dims[0], dims[1]), r.size(), spacing)));
            }
            case "LBP3D" -> {
                RoiBox r = region(box, dims, new int[3]); // the spline sees the whole image; only ROI values are kept
                boolean[] regionRoi = r.crop(roi, dims[0], dims[1]);
                double[][] maps = LocalBinaryPattern3D.maps(image, dims, voxelType, r.lo, r.size(), regionRoi,
                    s.lbp3DLevels(), s.lbp3DIcosphereRadius(), s.lbp3DIcosphereSubdivision());
                for (int level = 0; level < maps.length; level++) {
                    String name = level < maps.length - 1 ? "lbp-3D-m" + (level + 1) : "lbp-3D-k";
                    out.add(new Named(name, RoiData.cropToMask(maps[level], regionRoi, r.size(), spacing)));
                }
            }
            default -> throw new IllegalArgumentException("image type '" + type + "' is not supported (known: " + SUPPORTED + ")");
        }
        return out;
    }

    /**
     * The part of the image a filter needs for the ROI: its box grown by the filter's reach; an axis the margin would
     * take to the image edge is taken whole, so that the filter sees the same boundary as on the whole image and the
     * ROI voxels get the values a whole-image run gives.
     */
    static RoiBox region(RoiBox box, int[] dims, int[] margin) {
        return box.grown(margin, dims, true);
    }

    private static boolean[] full(RoiBox region, int[] dims) {
        return new boolean[] {region.spansWhole(0, dims), region.spansWhole(1, dims), region.spansWhole(2, dims)};
    }

    static double maxAbs(double[] image) {
        double m = 0;
        for (double v : image) m = Math.max(m, Math.abs(v));
        return m;
    }

    /** PyRadiomics' Square, SquareRoot, Logarithm and Exponential in place; {@code max} = max|x| of the whole image. */
    static void pointwise(String type, double[] v, double max) {
        switch (type) {
            case "Square" -> {
                for (int i = 0; i < v.length; i++) v[i] = v[i] * v[i] / max;
            }
            case "SquareRoot" -> {
                for (int i = 0; i < v.length; i++) v[i] = Math.signum(v[i]) * Math.sqrt(Math.abs(v[i]) * max);
            }
            case "Logarithm" -> {
                // the rescaling uses max|log| over the whole image, which is the log of the largest |x|
                double scale = max / Math.log(max + 1);
                for (int i = 0; i < v.length; i++) v[i] = Math.signum(v[i]) * Math.log(Math.abs(v[i]) + 1) * scale;
            }
            case "Exponential" -> {
                double c = Math.log(max) / max;
                for (int i = 0; i < v.length; i++) v[i] = Math.exp(c * v[i]);
            }
            default -> throw new IllegalArgumentException("not a point-wise image type: " + type);
        }
    }

    static double[] gradientMagnitude(double[] v, int[] dims, double[] spacing) {
        double[] sum = new double[v.length];
        for (int a = 0; a < 3; a++) {
            double h = 2 * spacing[a];
            Kernel1D d = new Kernel1D(new double[] {1 / h, 0, -1 / h}, 1); // out[i] = (x[i+1] - x[i-1]) / 2h
            double[] g = Convolution.along(v, dims, a, d, BorderExtension.NEAREST);
            for (int i = 0; i < v.length; i++) sum[i] += g[i] * g[i];
        }
        for (int i = 0; i < sum.length; i++) sum[i] = Math.sqrt(sum[i]);
        return sum;
    }

    /** Voxels beyond which the recursive filters' response has decayed below ~1e-8 of its peak (poles ~ e^(-1.37/σ_vox)). */
    static int recursiveReach(double sigmaMm, double spacing) {
        return (int) Math.ceil(14 * sigmaMm / spacing) + 4;
    }

    /**
     * σ²·∇²(G_σ * v), σ and spacing in mm. {@link Convention.Filters#SIMPLEITK_PYWAVELETS}: as SimpleITK's
     * LaplacianRecursiveGaussianImageFilter with NormalizeAcrossScale: per axis a, the recursive second derivative
     * along a, then the recursive Gaussian along the other axes in increasing order, divided by spacing_a²; the
     * axes' terms summed. {@link Convention.Filters#IBSI2}: σ² times IBSI 2's LoG (kernel truncated at 4σ, the edge
     * voxel repeated outside), whose derivatives are in voxel units: the same response only on isotropic grids,
     * which IBSI resamples to first.
     */
    static double[] laplacianOfGaussian(double[] v, int[] dims, double[] spacing, double sigma, Convention.Filters filters) {
        if (filters == Convention.Filters.IBSI2) {
            Volume in = new Volume(Geometry.of(dims[0], dims[1], dims[2], spacing[0], spacing[1], spacing[2]), v, DataType.FLOAT64);
            double[] out = new LaplacianOfGaussianFilter(sigma, 4, Dimensionality.THREE_D, Padding.NEAREST).apply(in).voxels();
            for (int i = 0; i < out.length; i++) out[i] *= sigma * sigma;
            return out;
        }
        double[] out = new double[v.length];
        for (int a = 0; a < 3; a++) {
            double[] term = new RecursiveGaussian(sigma, spacing[a], 2, true).along(v, dims, a);
            for (int b = 0; b < 3; b++) if (b != a) term = new RecursiveGaussian(sigma, spacing[b], 0, false).along(term, dims, b);
            double inv = 1 / (spacing[a] * spacing[a]);
            for (int i = 0; i < out.length; i++) out[i] += term[i] * inv;
        }
        return out;
    }
}
