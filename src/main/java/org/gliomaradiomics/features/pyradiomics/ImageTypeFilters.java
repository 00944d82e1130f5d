package org.gliomaradiomics.features.pyradiomics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gliomaradiomics.features.Convention;
import org.gliomaradiomics.features.DerivedImages;
import org.gliomaradiomics.filters.Dimensionality;
import org.gliomaradiomics.filters.LaplacianOfGaussianFilter;
import org.gliomaradiomics.filters.Padding;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.numerics.BorderExtension;
import org.gliomaradiomics.numerics.Convolution;
import org.gliomaradiomics.numerics.Kernel1D;

/**
 * PyRadiomics' image types ({@code imageoperations.get<Type>Image}) as {@link DerivedImages.Type}s: each filtered only
 * on the ROI box plus the filter's reach ({@link DerivedImages}), where the responses equal a whole-image run.
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
    static final List<String> SUPPORTED = List.of("Original", "LoG", "Wavelet", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D");
    private static final int[] POINTWISE = {0, 0, 0};

    private ImageTypeFilters() {}

    /**
     * The derived image types that PyRadiomics' image type {@code type} stands for (LoG: one per sigma) with its
     * settings {@code s}; the LoG in the implementation {@code convention} names.
     */
    static List<DerivedImages.Type> of(String type, PyRadiomicsSettings s, Convention convention) {
        return switch (type) {
            case "Original" -> List.of(DerivedImages.Type.of(source -> POINTWISE, r -> Map.of("original", r.image())));
            case "Square", "SquareRoot", "Logarithm", "Exponential" -> List.of(DerivedImages.Type.of(source -> POINTWISE, r -> {
                double[] v = r.image();
                pointwise(type, v, maxAbs(r.source().image().voxels()));
                return Map.of(type.toLowerCase(Locale.ROOT), v);
            }));
            case "Gradient" -> List.of(DerivedImages.Type.of(source -> new int[] {1, 1, 1},
                r -> Map.of("gradient", gradientMagnitude(r.image(), r.size(), s.gradientUseSpacing() ? r.spacing() : new double[] {1, 1, 1}))));
            case "LoG" -> {
                List<DerivedImages.Type> out = new ArrayList<>();
                for (int i = 0; i < s.sigma().length; i++) {
                    double sigma = s.sigma()[i];
                    String name = "log-sigma-" + s.sigmaLabel(i).replace('.', '-') + "-mm-3D";
                    out.add(DerivedImages.Type.of(source -> logMargin(source, sigma),
                        r -> Map.of(name, laplacianOfGaussian(r.image(), r.size(), r.spacing(), sigma, convention.filters()))));
                }
                yield out;
            }
            case "Wavelet" -> {
                int reach = StationaryWavelet.reach(s.wavelet()) * (s.startLevel() + s.level()) + 1;
                int[] axes = s.force2D() ? (s.force2Ddimension() == 0 ? new int[] {0, 1} : s.force2Ddimension() == 1 ? new int[] {0, 2} : new int[] {1, 2})
                    : new int[] {0, 1, 2}; // PyRadiomics' axes (2, 1, 0) without the force2D one, as our x, y, z
                yield List.of(DerivedImages.Type.of(source -> new int[] {reach, reach, reach},
                    r -> StationaryWavelet.decompose(r.image(), r.size(), r.whole(), s.wavelet(), s.startLevel(), s.level(), axes)));
            }
            case "LBP2D" -> {
                int inPlane = (int) Math.ceil(s.lbp2DRadius()) + 1;
                int[] margin = {inPlane, inPlane, inPlane};
                margin[2 - s.force2Ddimension()] = 0;
                yield List.of(DerivedImages.Type.of(source -> margin, r -> Map.of("lbp-2D",
                    LocalBinaryPattern2D.volume(r.image(), r.size(), s.force2Ddimension(), s.lbp2DSamples(), s.lbp2DRadius(), s.lbp2DMethod()))));
            }
            // the spline sees the whole image; only ROI values are kept
            case "LBP3D" -> List.of(DerivedImages.Type.of(source -> POINTWISE, r -> {
                Volume image = r.source().image();
                double[][] maps = LocalBinaryPattern3D.maps(image.voxels(), r.source().dims(), image.type(), r.box().lo, r.size(), r.roi(),
                    s.lbp3DLevels(), s.lbp3DIcosphereRadius(), s.lbp3DIcosphereSubdivision());
                Map<String, double[]> out = new LinkedHashMap<>();
                for (int level = 0; level < maps.length; level++) out.put(level < maps.length - 1 ? "lbp-3D-m" + (level + 1) : "lbp-3D-k", maps[level]);
                return out;
            }));
            default -> throw new IllegalArgumentException("image type '" + type + "' is not supported (known: " + SUPPORTED + ")");
        };
    }

    /** The recursive filters' reach per axis; null where PyRadiomics skips the sigma (image under 4 voxels, or too
     * small for the sigma). */
    private static int[] logMargin(DerivedImages.Source source, double sigma) {
        int[] dims = source.dims();
        double[] spacing = source.image().geometry().spacing();
        if (Math.min(dims[0], Math.min(dims[1], dims[2])) < 4) return null;
        if (!(sigma > 0)) throw new IllegalArgumentException("LoG sigma must be positive, got " + sigma + " mm");
        int[] margin = new int[3];
        for (int a = 0; a < 3; a++) {
            if (dims[a] < Math.ceil(sigma / spacing[a]) + 1) return null;
            margin[a] = recursiveReach(sigma, spacing[a]);
        }
        return margin;
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
