package org.gliomaradiomics.longitudinal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gliomaradiomics.table.CsvTable;

/**
 * Treatment events of patients, read from a CSV {@code patient,event,date} (ISO dates). Events: surgery,
 * rt_start, rt_end, chemo_start, steroids_up, steroids_down.
 */
public final class TreatmentEvents {

    public enum Type {
        SURGERY, RT_START, RT_END, CHEMO_START, STEROIDS_UP, STEROIDS_DOWN;

        /** The CSV spelling, e.g. {@code rt_end}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Type parse(String text) {
            for (Type t : values()) if (t.key().equalsIgnoreCase(text.trim())) return t;
            throw new IllegalArgumentException("unknown event '" + text + "' (expected surgery, rt_start, rt_end, chemo_start, steroids_up or steroids_down)");
        }
    }

    public record Event(String patient, Type type, LocalDate date) {}

    private final List<Event> events;

    public TreatmentEvents(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::date));
        this.events = List.copyOf(sorted);
    }

    public static TreatmentEvents none() {
        return new TreatmentEvents(List.of());
    }

    /**
     * The events of an events CSV ({@code table.CsvReader.read(csv, true)}, {@code #} lines are comments) read from
     * {@code csv}; errors name the file and row.
     */
    public static TreatmentEvents of(Path csv, CsvTable table) {
        List<Event> out = new ArrayList<>();
        for (CsvInput.Row row : CsvInput.rows(csv, table, List.of("patient", "event", "date"))) {
            Type type;
            try {
                type = Type.parse(row.get("event"));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            out.add(new Event(row.required("patient"), type, row.date("date")));
        }
        return new TreatmentEvents(out);
    }

    /** All events, by date. */
    public List<Event> all() {
        return events;
    }

    /** Events of one patient, by date. */
    public List<Event> of(String patient) {
        return events.stream().filter(e -> e.patient().equals(patient)).toList();
    }

    /** The last event of a type for a patient (e.g. the end of radiotherapy). */
    public Optional<LocalDate> last(String patient, Type type) {
        LocalDate d = null;
        for (Event e : of(patient)) if (e.type() == type) d = e.date();
        return Optional.ofNullable(d);
    }

    /**
     * Net steroid dose change over {@code (after, upTo]}: number of increases minus decreases. Positive means the
     * dose at {@code upTo} is higher than at {@code after}.
     */
    public int steroidChange(String patient, LocalDate after, LocalDate upTo) {
        int net = 0;
        for (Event e : of(patient)) {
            if (!e.date().isAfter(after) || e.date().isAfter(upTo)) continue;
            if (e.type() == Type.STEROIDS_UP) net++;
            else if (e.type() == Type.STEROIDS_DOWN) net--;
        }
        return net;
    }
}
