package org.gliomaradiomics.image;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One patient examination: MRI sequences by name (in a fixed order, e.g. t1, t1ce, t2, flair) on one grid, an
 * optional label map on the same grid, and a case id. Immutable (the volumes themselves are shared, not copied).
 */
public final class MriCase {
    private final String id;
    private final Map<String, Volume> sequences;
    private final Volume labels;

    /**
     * @throws IllegalArgumentException when there is neither a sequence nor a label map, or when grids differ
     *     (use {@link CaseLoader} for file-level messages)
     */
    public MriCase(String id, Map<String, Volume> sequences, Volume labels) {
        if (sequences.isEmpty() && labels == null) throw new IllegalArgumentException("case " + id + " has no images");
        this.id = id;
        this.sequences = Collections.unmodifiableMap(new LinkedHashMap<>(sequences));
        this.labels = labels;
        Geometry reference = geometry();
        for (Map.Entry<String, Volume> e : this.sequences.entrySet())
            if (!ImageIO.sameGrid(reference, e.getValue().geometry()))
                throw new IllegalArgumentException("case " + id + ": sequence " + e.getKey() + " is on another grid (" + ImageIO.difference(reference, e.getValue().geometry()) + ")");
        if (labels != null && !ImageIO.sameGrid(reference, labels.geometry()))
            throw new IllegalArgumentException("case " + id + ": label map is on another grid (" + ImageIO.difference(reference, labels.geometry()) + ")");
    }

    public String id() {
        return id;
    }

    /** Sequence name to volume, in the case's order; unmodifiable. */
    public Map<String, Volume> sequences() {
        return sequences;
    }

    public Optional<Volume> sequence(String name) {
        return Optional.ofNullable(sequences.get(name));
    }

    public Optional<Volume> labels() {
        return Optional.ofNullable(labels);
    }

    /** The common grid (of the first sequence, or of the label map when there is no sequence). */
    public Geometry geometry() {
        return sequences.isEmpty() ? labels.geometry() : sequences.values().iterator().next().geometry();
    }

    /** Voxel count per non-zero label, in ascending label order; empty without a label map. */
    public Map<Integer, Long> labelCounts() {
        Map<Integer, Long> counts = new TreeMap<>();
        if (labels == null) return counts;
        for (int i = 0, n = labels.size(); i < n; i++) {
            double v = labels.get(i);
            if (v != 0) counts.merge((int) Math.round(v), 1L, Long::sum);
        }
        return counts;
    }

    /** A few lines: sequences, size, spacing, labels present with voxel counts. */
    public String summary() {
        Geometry g = geometry();
        StringBuilder b = new StringBuilder();
        b.append("Case ").append(id).append(": ").append(sequences.size()).append(sequences.size() == 1 ? " sequence" : " sequences");
        if (!sequences.isEmpty()) b.append(" (").append(String.join(", ", sequences.keySet())).append(')');
        b.append('\n');
        b.append("size ").append(g.sizeString()).append(" voxels, spacing ").append(NrrdWriter.shortest(g.spacing(0))).append(" x ")
            .append(NrrdWriter.shortest(g.spacing(1))).append(" x ").append(NrrdWriter.shortest(g.spacing(2))).append(" mm\n");
        if (labels == null) {
            b.append("labels: no label map\n");
        } else {
            Map<Integer, Long> counts = labelCounts();
            b.append("labels: ");
            if (counts.isEmpty()) b.append("none (empty label map)");
            boolean first = true;
            for (Map.Entry<Integer, Long> e : counts.entrySet()) {
                b.append(first ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue()).append(" voxels)");
                first = false;
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "MriCase[" + id + ", " + sequences.keySet() + (labels != null ? ", labels" : "") + "]";
    }
}
