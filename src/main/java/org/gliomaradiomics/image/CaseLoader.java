package org.gliomaradiomics.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a multi-sequence MRI case. BraTS naming: {@code <id>_t1}, {@code _t1ce}, {@code _t2}, {@code _flair},
 * {@code _seg} (BraTS 2018-2021) and {@code <id>-t1n}, {@code -t1c}, {@code -t2w}, {@code -t2f}, {@code -seg}
 * (BraTS 2023), each {@code .nii.gz} or {@code .nii} (NRRD also accepted). Sequence names are kept as spelled in
 * the files; the "seg" file becomes the label map. All images must share one grid.
 */
public final class CaseLoader {
    /** Sequence suffixes in the order a case lists them. */
    static final List<String> ORDER = List.of("t1", "t1n", "t1ce", "t1c", "t2", "t2w", "flair", "t2f");
    static final String LABEL = "seg";
    private static final Pattern BRATS = Pattern.compile("(?i)(.+?)[_-](t1ce|t1n|t1c|t1|t2w|t2f|t2|flair|seg)\\.(nii\\.gz|nii|nrrd|nhdr)");

    private CaseLoader() {}

    /** A case from a folder of BraTS-named files (one case per folder). */
    public static MriCase open(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) throw new ImageFormatException(folder, "not a folder");
        List<Path> matched = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> Files.isRegularFile(p) && BRATS.matcher(p.getFileName().toString()).matches()).forEach(matched::add);
        }
        if (matched.isEmpty())
            throw new ImageFormatException(folder, "no BraTS-named images (<id>_t1.nii.gz, _t1ce, _t2, _flair, _seg, or BraTS-2023 <id>-t1n, -t1c, -t2w, -t2f, -seg)");
        Set<String> ids = new LinkedHashSet<>();
        for (Path p : matched) ids.add(name(p)[0]);
        if (ids.size() > 1) throw new ImageFormatException(folder, "holds several cases (" + String.join(", ", ids) + "); give one case per folder or a file list");
        matched.sort(Comparator.comparingInt((Path p) -> rank(name(p)[1])).thenComparing(p -> p.getFileName().toString()));
        return open(matched);
    }

    /**
     * A case from explicit files, kept in the given order. BraTS names give the case id and sequence names;
     * other files are named by their file name without extension. A file named {@code *_seg}/{@code *-seg} is the
     * label map.
     */
    public static MriCase open(List<Path> files) throws IOException {
        if (files.isEmpty()) throw new IllegalArgumentException("no files given for the case");
        String id = null;
        Path reference = null;
        Geometry grid = null;
        Map<String, Volume> sequences = new LinkedHashMap<>();
        Map<String, Path> sources = new LinkedHashMap<>();
        Volume labels = null;
        Path labelFile = null;
        for (Path file : files) {
            String[] idAndName = name(file);
            if (id == null) id = idAndName[0];
            else if (!id.equals(idAndName[0]) && BRATS.matcher(file.getFileName().toString()).matches())
                throw new ImageFormatException(file, "belongs to case " + idAndName[0] + ", not " + id);
            Volume v = ImageIO.read(file);
            if (reference == null) {
                reference = file;
                grid = v.geometry();
            } else {
                ImageIO.requireSameGrid(file, v.geometry(), grid, reference.toString());
                v = v.withGeometry(grid);
            }
            String name = idAndName[1];
            if (name.equals(LABEL)) {
                if (labels != null) throw new ImageFormatException(file, "a second label map (the first is " + labelFile + ")");
                labels = v;
                labelFile = file;
            } else {
                Path previous = sources.put(name, file);
                if (previous != null) throw new ImageFormatException(file, "sequence " + name + " appears twice (also " + previous + ")");
                sequences.put(name, v);
            }
        }
        return new MriCase(id, sequences, labels);
    }

    /** {case id, sequence name}: from the BraTS pattern, else {file stem, file stem}. */
    private static String[] name(Path file) {
        String n = file.getFileName().toString();
        Matcher m = BRATS.matcher(n);
        if (m.matches()) return new String[] {m.group(1), m.group(2).toLowerCase(Locale.ROOT)};
        String stem = n.replaceFirst("(?i)\\.(nii\\.gz|nii|nrrd|nhdr|tiff?)$", "");
        return new String[] {stem, stem};
    }

    private static int rank(String sequence) {
        int i = ORDER.indexOf(sequence);
        return i >= 0 ? i : sequence.equals(LABEL) ? ORDER.size() + 1 : ORDER.size();
    }
}
