package org.gliomaradiomics.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses one series among the images of a folder (by Series Number or Series Instance UID), and splits a series
 * into its stacks (echoes, or the volumes of a mosaic series). When the choice is missing or matches nothing, the
 * error lists every series with its number, description, UID and size.
 */
final class DicomSeriesChoice {
    private DicomSeriesChoice() {}

    static List<DicomSlice> choose(Path where, List<DicomSlice> slices, String selection) throws ImageFormatException {
        Map<String, List<DicomSlice>> series = new LinkedHashMap<>();
        for (DicomSlice s : slices) series.computeIfAbsent(s.seriesUid(), k -> new ArrayList<>()).add(s);
        String want = selection == null ? "" : selection.trim();
        if (want.isEmpty() && series.size() == 1) return slices;
        List<DicomSlice> hit = null;
        for (List<DicomSlice> s : series.values()) {
            DicomSlice first = s.get(0);
            if (!want.isEmpty() && (want.equals(first.seriesUid()) || want.equals(first.seriesNumber()))) {
                if (hit != null) throw new ImageFormatException(where, "--series " + want + " matches more than one series: " + listing(series) + "; give the Series Instance UID");
                hit = s;
            }
        }
        if (hit != null) return hit;
        if (want.isEmpty()) throw new ImageFormatException(where, "holds " + series.size() + " DICOM series: " + listing(series) + "; choose one with --series NUMBER or UID");
        throw new ImageFormatException(where, "no series " + want + " here; the folder holds " + listing(series));
    }

    private static String listing(Map<String, List<DicomSlice>> series) {
        StringBuilder b = new StringBuilder();
        for (List<DicomSlice> s : series.values()) {
            DicomSlice first = s.get(0);
            if (b.length() > 0) b.append("; ");
            b.append("series ").append(first.seriesLabel()).append(" (").append(s.size()).append(s.size() == 1 ? " image" : " images")
                .append(", UID ").append(first.seriesUid()).append(')');
        }
        return b.toString();
    }

    /** The stacks of one series in natural order of their keys ("echo 2" before "echo 10"). */
    static Map<String, List<DicomSlice>> stacks(List<DicomSlice> series) {
        Map<String, List<DicomSlice>> m = new TreeMap<>(DicomSeriesReader.NATURAL);
        for (DicomSlice s : series) m.computeIfAbsent(s.stack(), k -> new ArrayList<>()).add(s);
        return m;
    }

    /** "_e2" for echo 2 (dcm2niix's naming), "_3" for the third other stack. */
    static String suffix(String key, int index) {
        Matcher m = Pattern.compile("^echo (\\d+)").matcher(key);
        return m.find() ? "_e" + m.group(1) : "_" + (index + 1);
    }

    static long firstNumber(String s) {
        Matcher m = Pattern.compile("\\d+").matcher(s);
        return m.find() && m.group().length() < 18 ? Long.parseLong(m.group()) : -1;
    }
}
