package org.gliomaradiomics.image;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Independent DICOM sources for tests, from Debian packages that .ci/run installs: pydicom's and nibabel's test
 * files, pydicom itself (/usr/bin/python3), dcm2niix, and DCMTK's codecs (dcmcjpeg, dcmdjpeg, dcmcrle). A test
 * that needs one that is absent is skipped with a message naming the package.
 */
final class DicomTools {
    static final Path PYDICOM_FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");
    static final Path NIBABEL_FILES = Path.of("/usr/lib/python3/dist-packages/nibabel/nicom/tests/data");

    private DicomTools() {}

    static Path pydicomFile(String name) {
        Path p = PYDICOM_FILES.resolve(name);
        assumeTrue(Files.isRegularFile(p), "Debian package python3-pydicom is not installed (" + p + " missing); skipped");
        return p;
    }

    /** A nibabel test file, unzipped into {@code dir} when it is stored as .gz. */
    static Path nibabelFile(String name, Path dir) throws IOException {
        Path plain = NIBABEL_FILES.resolve(name), gz = NIBABEL_FILES.resolve(name + ".gz");
        assumeTrue(Files.isRegularFile(plain) || Files.isRegularFile(gz), "Debian package python3-nibabel is not installed; skipped");
        Path out = dir.resolve(name);
        if (Files.isRegularFile(plain)) return Files.copy(plain, out);
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
            Files.copy(in, out);
        }
        return out;
    }

    static void requireTool(String tool, String debianPackage) {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin", tool)), "Debian package " + debianPackage + " is not installed (no " + tool + "); skipped");
    }

    /** Runs a command, failing the test with its output when it exits non-zero. */
    static String run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
        if (p.exitValue() != 0) throw new AssertionError(String.join(" ", command) + " failed: " + out);
        return out;
    }

    /** pydicom's pixel_array times slope plus intercept, flattened in frame, row, column order: one line per file. */
    static java.util.Map<Path, double[]> pydicomValues(List<Path> files) throws IOException, InterruptedException {
        requireTool("python3", "python3");
        assumeTrue(Files.isDirectory(PYDICOM_FILES), "Debian package python3-pydicom is not installed; skipped");
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "-c",
            "import sys, warnings, pydicom\nwarnings.simplefilter('ignore')\nfor f in sys.argv[1:]:\n"
                + "    d = pydicom.dcmread(f)\n    a = d.pixel_array.astype(float) * float(getattr(d, 'RescaleSlope', 1) or 1)"
                + " + float(getattr(d, 'RescaleIntercept', 0) or 0)\n    print(' '.join(repr(float(x)) for x in a.ravel()))"));
        for (Path f : files) command.add(f.toString());
        String[] lines = run(files.get(0).getParent(), command.toArray(String[]::new)).trim().split("\\R");
        if (lines.length != files.size()) throw new AssertionError("pydicom printed " + lines.length + " lines for " + files.size() + " files");
        java.util.Map<Path, double[]> out = new java.util.LinkedHashMap<>();
        for (int k = 0; k < lines.length; k++) {
            String[] parts = lines[k].trim().split("\\s+");
            double[] v = new double[parts.length];
            for (int i = 0; i < v.length; i++) v[i] = Double.parseDouble(parts[i]);
            out.put(files.get(k), v);
        }
        return out;
    }

    /** dcm2niix's NIfTI of a folder (the single .nii it writes). */
    static Volume dcm2niix(Path folder, Path outDir) throws IOException, InterruptedException {
        List<Volume> all = dcm2niixAll(folder, outDir);
        if (all.size() != 1) throw new AssertionError("dcm2niix wrote " + all.size() + " volumes for " + folder);
        return all.get(0);
    }

    /** Every NIfTI dcm2niix writes for a folder, in name order (out_e1, out_e2... for echoes). */
    static List<Volume> dcm2niixAll(Path folder, Path outDir) throws IOException, InterruptedException {
        requireTool("dcm2niix", "dcm2niix");
        Files.createDirectories(outDir);
        run(folder, "/usr/bin/dcm2niix", "-z", "n", "-b", "n", "-f", "out", "-o", outDir.toString(), folder.toString());
        List<Path> nii = new ArrayList<>();
        try (var s = Files.list(outDir)) {
            s.filter(p -> p.toString().endsWith(".nii")).sorted().forEach(nii::add);
        }
        List<Volume> out = new ArrayList<>();
        for (Path p : nii) out.add(ImageIO.read(p));
        return out;
    }

    /**
     * Checks that two volumes hold the same voxels at the same places in the world, whatever their axis order or
     * flips: every voxel centre of {@code ours} must be a voxel centre of {@code reference} (within {@code mm})
     * with the same value.
     */
    static void assertSameWorldVoxels(Volume reference, Volume ours, double mm) {
        Geometry r = reference.geometry(), o = ours.geometry();
        if (r.voxelCount() != o.voxelCount()) throw new AssertionError("voxel counts differ: " + r.sizeString() + " vs " + o.sizeString());
        double[] rInv = inverse(r);
        int step = o.voxelCount() > 1_000_000 ? 3 : 1; // large volumes: every third voxel along each axis
        for (int z = 0; z < o.nz; z += step)
            for (int y = 0; y < o.ny; y += step)
                for (int x = 0; x < o.nx; x += step) {
                    double[] w = world(o, x, y, z);
                    double[] idx = new double[3];
                    for (int i = 0; i < 3; i++)
                        idx[i] = rInv[3 * i] * (w[0] - r.origin()[0]) + rInv[3 * i + 1] * (w[1] - r.origin()[1]) + rInv[3 * i + 2] * (w[2] - r.origin()[2]);
                    int[] n = {(int) Math.round(idx[0]), (int) Math.round(idx[1]), (int) Math.round(idx[2])};
                    double[] back = world(r, n[0], n[1], n[2]);
                    double err = Math.sqrt(Math.pow(back[0] - w[0], 2) + Math.pow(back[1] - w[1], 2) + Math.pow(back[2] - w[2], 2));
                    if (err > mm || n[0] < 0 || n[1] < 0 || n[2] < 0 || n[0] >= r.nx || n[1] >= r.ny || n[2] >= r.nz)
                        throw new AssertionError("voxel (" + x + "," + y + "," + z + ") at " + java.util.Arrays.toString(w) + " is not a reference voxel (off by " + err + " mm)");
                    double a = reference.get(n[0], n[1], n[2]), b = ours.get(x, y, z);
                    if (Math.abs(a - b) > 1e-3 * Math.max(1, Math.abs(a)))
                        throw new AssertionError("voxel (" + x + "," + y + "," + z + "): reference " + a + ", ours " + b);
                }
    }

    private static double[] world(Geometry g, int x, int y, int z) {
        double[] d = g.direction(), s = g.spacing(), o = g.origin();
        double[] w = new double[3];
        for (int i = 0; i < 3; i++) w[i] = o[i] + d[3 * i] * s[0] * x + d[3 * i + 1] * s[1] * y + d[3 * i + 2] * s[2] * z;
        return w;
    }

    /** Inverse of direction times spacing (3x3, row-major). */
    private static double[] inverse(Geometry g) {
        double[] d = g.direction(), s = g.spacing(), m = new double[9];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) m[3 * i + j] = d[3 * i + j] * s[j];
        double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
        return new double[] {
            (m[4] * m[8] - m[5] * m[7]) / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            (m[5] * m[6] - m[3] * m[8]) / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            (m[3] * m[7] - m[4] * m[6]) / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det};
    }
}
