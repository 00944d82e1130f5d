package org.gliomaradiomics.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * that type (short[], int[] or float[]). Files are parsed for their headers, then again, in parallel, for their
 * pixels: keeping the parsed files between the passes was measured slower (the kept file bytes survive young
 * collections and are copied, which cost more than parsing a file from the page cache again).
 */
public final class DicomSeriesReader {
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
            for (Path f : files(path)) {
                DicomDataset d = given != null && f.equals(path) ? given : parse(f);
                String what = DicomFrames.notAnImage(d);
                if (what != null) {
                    if (!Files.isDirectory(path)) throw new ImageFormatException(f, "is " + what);
                    skipped.add(f.getFileName() + ": " + what);
                    continue;
                }
                DicomPixels.of(d); // refuses colour, truncated or undecodable pixel data before anything is read
                slices.addAll(DicomFrames.of(d));
            }
            if (slices.isEmpty())
                throw new ImageFormatException(path, "no DICOM images in the folder" + (skipped.isEmpty() ? "" : " (" + String.join("; ", skipped) + ")"));
            List<DicomSlice> chosen = DicomSeriesChoice.choose(path, slices, series);
            Map<String, List<DicomSlice>> stacks = DicomSeriesChoice.stacks(chosen);
            List<Stack> out = new ArrayList<>();
            for (Map.Entry<String, List<DicomSlice>> e : stacks.entrySet()) {
                DicomSeriesGeometry.Arranged arranged = DicomSeriesGeometry.arrange(path, e.getValue());
                String suffix = stacks.size() == 1 ? "" : DicomSeriesChoice.suffix(e.getKey(), out.size());
                out.add(new Stack(suffix, e.getKey().isEmpty() ? chosen.get(0).seriesLabel() : e.getKey(), volume(arranged)));
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
     * Decodes the slices file by file (each file parsed once more, files in parallel) into one
     * volume held in its type. Slices whose values are all integers within int range go to an int[] volume, other
     * slices to a float[] volume (the values a FLOAT32 volume holds), allocated when the first such slice appears; the
     * type is known once every slice is decoded.
     */
    private static Volume volume(DicomSeriesGeometry.Arranged arranged) throws IOException {
        Geometry g = arranged.geometry();
        int plane = g.nx * g.ny;
        Planes planes = new Planes(VoxelCodec.voxelCount(arranged.slices().get(0).file(), g.nx, g.ny, g.nz), g.nz);
        Map<Path, List<Integer>> byFile = new LinkedHashMap<>();
        for (int z = 0; z < g.nz; z++) byFile.computeIfAbsent(arranged.slices().get(z).file(), k -> new ArrayList<>()).add(z);
        List<Map.Entry<Path, List<Integer>>> work = new ArrayList<>(byFile.entrySet());
        Parallel.forEachChecked(work.size(), i -> {
            DicomPixels pixels = DicomPixels.of(parse(work.get(i).getKey()));
            for (int z : work.get(i).getValue()) decode(pixels, arranged.slices().get(z), planes, z, z * plane);
        });
        int[] ints = planes.ints;
        if (planes.floats != null) { // float32: the integer slices join the fractional ones
            float[] out = planes.floats;
            for (int z = 0; z < g.nz; z++)
                if (!planes.fractional[z]) for (int i = z * plane, end = i + plane; i < end; i++) out[i] = ints[i]; // exact: as (float) of the double value
            return new Volume(g, out);
        }
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int v : ints) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        DataType type = integerType(min, max);
        if (type == DataType.INT32) return new Volume(g, ints);
        short[] out = new short[ints.length];
        for (int i = 0; i < out.length; i++) out[i] = (short) ints[i];
        return new Volume(g, out, type);
    }

    /** The decoded values: integer slices in {@code ints}, the others (marked {@code fractional}) in {@code floats}. */
    private static final class Planes {
        final int[] ints;
        final boolean[] fractional;
        volatile float[] floats;

        Planes(int voxels, int slices) {
            ints = new int[voxels];
            fractional = new boolean[slices];
        }

        synchronized float[] floats() {
            if (floats == null) floats = new float[ints.length];
            return floats;
        }
    }

    /**
     * Stored value times slope plus intercept of slice z into {@code planes} at {@code offset}: into the ints while
     * every value is an integer in int range, else the whole slice into the floats, narrowed to float.
     */
    private static void decode(DicomPixels pixels, DicomSlice s, Planes planes, int z, int offset) throws ImageFormatException {
        int[] stored = pixels.frame(s.frame());
        double slope = s.rescaleSlope(), intercept = s.rescaleIntercept();
        int nx = s.columns(), ny = s.rows();
        int x0 = 0, y0 = 0, width = pixels.columns;
        if (s.mosaic() != null) {
            x0 = (s.mosaic()[0] % s.mosaic()[1]) * nx;
            y0 = (s.mosaic()[0] / s.mosaic()[1]) * ny;
        }
        int[] ints = planes.ints;
        float[] floats = null;
        for (int y = 0, i = offset; y < ny; y++)
            for (int x = 0; x < nx; x++, i++) {
                double v = stored[(y0 + y) * width + x0 + x] * slope + intercept;
                if (floats == null && v == Math.rint(v) && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                    ints[i] = (int) v;
                    continue;
                }
                if (floats == null) {
                    floats = planes.floats();
                    planes.fractional[z] = true;
                    for (int k = offset; k < i; k++) floats[k] = ints[k];
                }
                floats[i] = (float) v;
            }
    }

    /** The narrowest of INT16/UINT16/INT32 that holds the values, FLOAT32 beyond. */
    private static DataType integerType(long min, long max) {
        for (DataType t : new DataType[] {DataType.INT16, DataType.UINT16, DataType.INT32})
            if (min >= t.min() && max <= t.max()) return t;
        return DataType.FLOAT32;
    }

    static final Comparator<String> NATURAL = Comparator.comparing(DicomSeriesChoice::firstNumber).thenComparing(Comparator.naturalOrder());
}
