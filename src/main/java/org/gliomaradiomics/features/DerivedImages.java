package org.gliomaradiomics.features;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.gliomaradiomics.image.DataType;
import org.gliomaradiomics.image.Geometry;
import org.gliomaradiomics.image.Volume;
import org.gliomaradiomics.mask.Masks;

/**
 * The image-type layer of both conventions ({@link IbsiImageTypes}, PyRadiomics' {@code ImageTypeFilters}): for each
 * derived image {@link Type}, the region it needs, its responses there, and each response handed to feature
 * extraction. The region is the ROI box grown by the type's margin; an axis the margin takes to the image edge is
 * taken whole, so that the filter sees the image's own boundary there and the ROI voxels get a whole-image run's values.
 */
public final class DerivedImages {
    private DerivedImages() {}

    /**
     * One derived image type of either convention (a PyRadiomics image type, one sigma of its LoG, an IBSI 2 filter):
     * how far around the ROI its responses read the image, and its named response maps on such a region.
     */
    public interface Type {
        /** Voxels per axis (x, y, z) around the ROI box that the responses at the ROI depend on; null when the type
         * does not apply to this image (PyRadiomics skips a LoG sigma too large for it). */
        int[] margin(Source source);

        /** The response maps on {@code region} (each of its size) by output name, in output order. */
        Map<String, double[]> responses(Region region);

        static Type of(Function<Source, int[]> margin, Function<Region, Map<String, double[]>> responses) {
            return new Type() {
                @Override public int[] margin(Source source) {
                    return margin.apply(source);
                }

                @Override public Map<String, double[]> responses(Region region) {
                    return responses.apply(region);
                }
            };
        }
    }

    /** A pre-processed image (any storage; {@code type()} the voxel type as the convention holds it) and its ROI. */
    public record Source(Volume image, boolean[] roi, RoiBox box) {
        public Source(Volume image, boolean[] roi) {
            this(image, roi, new RoiBox(roi, image.nx(), image.ny(), image.nz()));
        }

        /** The image and intensity mask of a ROI on its box. */
        public static Source of(RoiData r) {
            return new Source(new Volume(Geometry.of(r.nx, r.ny, r.nz, r.sx, r.sy, r.sz), r.image, DataType.FLOAT64), r.intensityMask);
        }

        /** The ROI as a 0/1 mask on the image's grid. */
        public Volume mask() {
            return Masks.toVolume(roi, image.geometry());
        }

        public int[] dims() {
            return new int[] {image.nx(), image.ny(), image.nz()};
        }

        Region region(int[] margin) {
            RoiBox part = box.grown(margin, dims(), true);
            return new Region(this, part, part.crop(roi, image.nx(), image.ny()));
        }
    }

    /** The part {@code box} of a source that a type runs on, and the ROI there (region layout, x fastest). */
    public record Region(Source source, RoiBox box, boolean[] roi) {
        public int[] size() {
            return box.size();
        }

        public double[] spacing() {
            return source.image.geometry().spacing();
        }

        /** Per axis, whether the region spans the whole image. */
        public boolean[] whole() {
            int[] dims = source.dims();
            return new boolean[] {box.spansWhole(0, dims), box.spansWhole(1, dims), box.spansWhole(2, dims)};
        }

        /** The region's intensities, a fresh array. */
        public double[] image() {
            int[] n = size();
            double[] out = new double[n[0] * n[1] * n[2]];
            Geometry g = source.image.geometry();
            for (int z = 0, o = 0; z < n[2]; z++)
                for (int y = 0; y < n[1]; y++, o += n[0]) source.image.copyTo(g.index(box.lo[0], box.lo[1] + y, box.lo[2] + z), out, o, n[0]);
            return out;
        }

        /** The region as a volume on its own grid: the source itself (not copied) when the region is the whole image. */
        public Volume volume() {
            return isWholeImage() ? source.image : new Volume(geometry(), image(), DataType.FLOAT64);
        }

        private boolean isWholeImage() {
            return Arrays.equals(size(), source.dims());
        }

        private Geometry geometry() {
            Geometry g = source.image.geometry();
            return isWholeImage() ? g : g.withSize(box.size(0), box.size(1), box.size(2)).withOrigin(g.world(box.lo[0], box.lo[1], box.lo[2]));
        }
    }

    /** A named response map on its region. */
    public record Response(String name, Region region, double[] values) {
        /** The response on the ROI box, the ROI its morphological and intensity mask (PyRadiomics' cropped image). */
        public RoiData roi() {
            return RoiData.cropToMask(values, region.roi, region.size(), region.spacing());
        }

        /** The response on the region's grid (the source's grid when the region is the whole image). */
        public Volume image() {
            return new Volume(region.geometry(), values, DataType.FLOAT64);
        }
    }

    /**
     * Runs each type on its region of {@code source}, handing every response with its type to {@code sink} as soon as
     * it is computed, so that only one type's responses are held at once.
     */
    public static <T extends Type> void forEach(List<T> types, Source source, BiConsumer<T, Response> sink) {
        for (T type : types) {
            int[] margin = type.margin(source);
            if (margin == null) continue;
            Region region = source.region(margin);
            for (Map.Entry<String, double[]> r : type.responses(region).entrySet()) sink.accept(type, new Response(r.getKey(), region, r.getValue()));
        }
    }
}
