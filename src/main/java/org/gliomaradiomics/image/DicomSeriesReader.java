package org.gliomaradiomics.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gliomaradiomics.parallel.Parallel;
import java.util.stream.Stream;

/**
 * Reads DICOM images into volumes: a folder (files with the "DICM" preamble; other files, DICOMDIR and non-image
 * objects such as SEG, RTSTRUCT or SR are skipped) or a single file. Files are parsed by {@link DicomDataset},
 * planes found by {@link DicomFrames} (multi-frame, mosaic), pixels decoded by {@link DicomPixels}; order and grid
 * come from {@link DicomSeriesGeometry}. A folder with several series, or a series with several echoes (stacks),
 * is refused with a list of what is there unless a {@link #readAll selection} says which; each echo of the chosen
 * series is then its own volume. Voxel values are the stored values times Rescale Slope plus Rescale Intercept;
 * the type is INT16, UINT16 or INT32 when all values are integers that fit, else FLOAT32, and the voxels are held in
 * that type (short[], int[] or float[]). Each file is parsed once: the parsed files are kept from the header pass for
 * the pixel pass, up to a quarter of the heap ({@link #KEEP_FRACTION}); files beyond it are parsed again.
 */
public final class DicomSeriesReader {
    /** Largest share of the heap the parsed files kept between the header and the pixel pass may take. */
    static final double KEEP_FRACTION = 0.25;

    private DicomSeriesReader() {}

    /** One volume of a series: {@code suffix} ("" alone, "_e2" for an echo...) tells the echoes apart in file names. */
    public record Stack(String suffix, String description, Volume volume) {}

    public static Volume read(Path folder) throws IOException {
        return single(folder, readAll(folder, ""));
    }

    /** A single DICOM file as a volume (one slice, or the frames of a multi-frame or mosaic file). */
    public static Volume readFile(Path file) throws IOException {
        return single(file, readAll(file, ""));
    }

    /** As {@link #readFile(Path)}, from the file's dataset already parsed. */
    static Volume readFile(Path file, DicomDataset parsed) throws IOException {
        return single(file, readAll(file, "", parsed));
    }

    private static Volume single(Path where, List<Stack> stacks) throws ImageFormatException {
        if (stacks.size() == 1) return stacks.get(0).volume();
        StringBuilder b = new StringBuilder();
        for (Stack s : stacks) b.append(b.length() == 0 ? "" : ", ").append(s.description());
        throw new ImageFormatException(where, "the series holds " + stacks.size() + " stacks (" + b + "); convert writes one file for each");
    }

    /**
     * The volumes of the series chosen by {@code series} (its Series Number or Series Instance UID; "" when the
     * folder holds one series), one per echo or stack.
     */
    public static List<Stack> readAll(Path path, String series) throws IOException {
        return readAll(path, series, null);
    }

    /** {@code given}: the dataset of file {@code path}, already parsed (null: parse it). */
    private static List<Stack> readAll(Path path, String series, DicomDataset given) throws IOException {
        return Readers.guard(path, () -> {
            List<DicomSlice> slices = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            Map<Path, DicomPixels> parsed = new ConcurrentHashMap<>();
            long keep = (long) (Runtime.getRuntime().maxMemory() * KEEP_FRACTION), kept = 0;
            for (Path f : files(path)) {
                DicomDataset d = given != null && f.equals(path) ? given : parse(f);
                String what = DicomFrames.notAnImage(d);
                if (what != null) {
                    if (!Files.isDirectory(path)) throw new ImageFormatException(f, "is " + what);
                    skipped.add(f.getFileName() + ": " + what);
                    continue;
                }
                DicomPixels pixels = DicomPixels.of(d); // refuses colour, truncated or undecodable pixel data before anything is read
                slices.addAll(DicomFrames.of(d));
                long size = Files.size(f);
                if (kept + size <= keep) {
                    parsed.put(f, pixels);
                    kept += size;
                }
            }
            if (slices.isEmpty())
                throw new ImageFormatException(path, "no DICOM images in the folder" + (skipped.isEmpty() ? "" : " (" + String.join("; ", skipped) + ")"));
            List<DicomSlice> chosen = DicomSeriesChoice.choose(path, slices, series);
            Map<String, List<DicomSlice>> stacks = DicomSeriesChoice.stacks(chosen);
            List<Stack> out = new ArrayList<>();
            for (Map.Entry<String, List<DicomSlice>> e : stacks.entrySet()) {
                DicomSeriesGeometry.Arranged arranged = DicomSeriesGeometry.arrange(path, e.getValue());
                String suffix = stacks.size() == 1 ? "" : DicomSeriesChoice.suffix(e.getKey(), out.size());
                out.add(new Stack(suffix, e.getKey().isEmpty() ? chosen.get(0).seriesLabel() : e.getKey(), volume(arranged, parsed)));
            }
            return out;
        });
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            DataFiles.requireRegularFile(path);
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(path)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator)
                if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".") && hasPreamble(p)) files.add(p);
        }
        if (files.isEmpty()) throw new ImageFormatException(path, "no DICOM files (with the DICM preamble) in the folder");
        return files;
    }

    static boolean hasPreamble(Path p) throws IOException {
        byte[] b = DataFiles.readBytes(p, 0, 132);
        return DicomDataset.hasPreamble(b);
    }

    /** Parses a file; a failure of the parser on damaged content becomes a one-line error naming the file. */
    static DicomDataset parse(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        try {
            return DicomDataset.parse(f, bytes);
        } catch (RuntimeException e) {
            throw new ImageFormatException(f, "damaged DICOM file: its elements cannot be parsed", e);
        }
    }

    /**
     * Decodes the slices file by file (files in parallel, each taken from {@code parsed}, else parsed again) into one
     * volume held in its type. Each plane is kept as int[] while its values are integers within int range, else as
     * float[] (the values a FLOAT32 volume holds); the volume's type is known once every plane is decoded.
     */
    private static Volume volume(DicomSeriesGeometry.Arranged arranged, Map<Path, DicomPixels> parsed) throws IOException {
        Geometry g = arranged.geometry();
        int plane = g.nx * g.ny;
        VoxelCodec.voxelCount(arranged.slices().get(0).file(), g.nx, g.ny, g.nz);
        Object[] planes = new Object[g.nz];
        Map<Path, List<Integer>> byFile = new LinkedHashMap<>();
        for (int z = 0; z < g.nz; z++) byFile.computeIfAbsent(arranged.slices().get(z).file(), k -> new ArrayList<>()).add(z);
        List<Map.Entry<Path, List<Integer>>> work = new ArrayList<>(byFile.entrySet());
        Parallel.forEachChecked(work.size(), i -> {
            Path file = work.get(i).getKey();
            DicomPixels kept = parsed.remove(file); // dropped once decoded
            DicomPixels pixels = kept != null ? kept : DicomPixels.of(parse(file));
            for (int z : work.get(i).getValue()) planes[z] = decode(pixels, arranged.slices().get(z), plane);
        });
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        boolean integral = true;
        for (Object p : planes) {
            if (!(p instanceof int[] ints)) {
                integral = false;
                break;
            }
            for (int v : ints) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        DataType type = integral ? integerType(min, max) : DataType.FLOAT32;
        Object voxels = Volume.newStorageArray(type, plane * g.nz);
        for (int z = 0; z < g.nz; z++) {
            Object p = planes[z];
            planes[z] = null;
            int off = z * plane;
            switch (type) {
                case INT16, UINT16 -> { short[] out = (short[]) voxels; int[] in = (int[]) p; for (int i = 0; i < plane; i++) out[off + i] = (short) in[i]; }
                case INT32 -> System.arraycopy(p, 0, voxels, off, plane);
                default -> {
                    float[] out = (float[]) voxels;
                    if (p instanceof float[] in) System.arraycopy(in, 0, out, off, plane);
                    else { int[] in = (int[]) p; for (int i = 0; i < plane; i++) out[off + i] = in[i]; } // exact as (float) of the double value
                }
            }
        }
        return Volume.wrap(g, voxels, type);
    }

    /**
     * Stored value times slope plus intercept of one slice: an int[] when every value is an integer in int range,
     * else a float[] of the values narrowed to float (those the FLOAT32 volume then holds).
     */
    private static Object decode(DicomPixels pixels, DicomSlice s, int plane) throws ImageFormatException {
        int[] stored = pixels.frame(s.frame());
        double slope = s.rescaleSlope(), intercept = s.rescaleIntercept();
        int nx = s.columns(), ny = s.rows();
        int x0 = 0, y0 = 0, width = pixels.columns;
        if (s.mosaic() != null) {
            x0 = (s.mosaic()[0] % s.mosaic()[1]) * nx;
            y0 = (s.mosaic()[0] / s.mosaic()[1]) * ny;
        }
        int[] ints = new int[plane];
        float[] floats = null;
        for (int y = 0, i = 0; y < ny; y++)
            for (int x = 0; x < nx; x++, i++) {
                double v = stored[(y0 + y) * width + x0 + x] * slope + intercept;
                if (floats == null && v == Math.rint(v) && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                    ints[i] = (int) v;
                    continue;
                }
                if (floats == null) {
                    floats = new float[plane];
                    for (int k = 0; k < i; k++) floats[k] = ints[k];
                    ints = null;
                }
                floats[i] = (float) v;
            }
        return floats != null ? floats : ints;
    }

    /** The narrowest of INT16/UINT16/INT32 that holds the values, FLOAT32 beyond. */
    private static DataType integerType(long min, long max) {
        for (DataType t : new DataType[] {DataType.INT16, DataType.UINT16, DataType.INT32})
            if (min >= t.min() && max <= t.max()) return t;
        return DataType.FLOAT32;
    }

    static final Comparator<String> NATURAL = Comparator.comparing(DicomSeriesChoice::firstNumber).thenComparing(Comparator.naturalOrder());
}
