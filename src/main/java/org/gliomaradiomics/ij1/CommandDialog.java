package org.gliomaradiomics.ij1;

import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;
import ij.plugin.frame.RoiManager;
import java.awt.Checkbox;
import java.awt.Choice;
import java.awt.Font;
import java.awt.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.ImageInput;
import org.gliomaradiomics.commands.MaskInput;
import org.gliomaradiomics.commands.ParamSpec;

/**
 * The dialog of a command, built from its inputs: human labels grouped under section headings, open images and
 * hyperstack channels offered for image inputs, the ROI Manager and the selection for masks, and a Help button
 * with every input's description. Used in Fiji and in plain ImageJ alike. Values are read from the dialog's
 * fields, not through GenericDialog's getNext* methods, so the Macro Recorder gets our snake_case keys (from
 * {@link #record}, or imagej-legacy's recorder in Fiji) and never the labels.
 */
public final class CommandDialog {
    static final String FILE_BELOW = "File (below)";
    static final String NONE = "None";
    static final String ROI_MANAGER_ITEM = "ROI Manager (each ROI on its own slice)";
    static final String SELECTION_ITEM = "Selection on the current slice";
    private CommandDialog() {}

    /**
     * Whether a run without any macro options asks the person: only with a display, and when the command has
     * something that must be chosen. As in ImageJ, a macro's {@code run("Label")} without options asks; a macro
     * line with options never does, whatever optional keys it leaves out.
     */
    static boolean wanted(CommandSpec spec) {
        return !java.awt.GraphicsEnvironment.isHeadless() && spec.params().stream().anyMatch(ParamSpec::mustBeGiven);
    }

    /** Shows the dialog; the values typed or chosen (by input name, empty ones left out), or null when cancelled. */
    public static Map<String, String> show(CommandSpec spec) {
        GenericDialog gd = new GenericDialog(spec.label());
        List<Field> fields = new ArrayList<>();
        int choices = 0, checkboxes = 0, strings = 0;
        boolean first = true;
        for (ParamSpec p : spec.params()) {
            if (p.section() != null) {
                if (!first) gd.addMessage("");
                gd.addMessage(p.section(), new Font("SansSerif", Font.BOLD, 13));
            }
            first = false;
            String def = shown(p.defaultValue());
            String label = p.label() + (p.mustBeGiven() || p.isFlag() || p.choices().length > 0 || !def.isEmpty() ? "" : "  (optional)");
            if (p.isFlag()) {
                gd.addCheckbox(p.label(), Boolean.TRUE.equals(p.defaultValue()));
                fields.add(new Field(p, Kind.CHECKBOX, checkboxes++, -1, Map.of()));
            } else if (p.choices().length > 0) {
                gd.addChoice(p.label(), p.choices(), def.isEmpty() ? p.choices()[0] : def);
                fields.add(new Field(p, Kind.CHOICE, choices++, -1, Map.of()));
            } else if (p.isImage() || p.isMask()) {
                Map<String, String> items = sources(p);
                List<String> shown = new ArrayList<>(items.keySet());
                gd.addChoice(label, shown.toArray(new String[0]), likelyChoice(p, shown));
                gd.addFileField("   file", "", 32);
                fields.add(new Field(p, Kind.SOURCE, choices++, strings++, items));
            } else if (p.isFile()) {
                if (p.style().contains("directory")) gd.addDirectoryField(label, def, 32);
                else gd.addFileField(label, def, 32);
                fields.add(new Field(p, Kind.TEXT, -1, strings++, Map.of()));
            } else {
                gd.addStringField(label, def, p.isNumber() ? 8 : 24);
                fields.add(new Field(p, Kind.TEXT, -1, strings++, Map.of()));
            }
        }
        gd.addHelp(help(spec));
        gd.showDialog();
        if (gd.wasCanceled()) return null;
        return read(gd, fields);
    }

    /** A default as the dialog shows it: an unbounded limit (±Infinity) is an empty field, which keeps the default. */
    private static String shown(Object value) {
        if (value instanceof Double && ((Double) value).isInfinite()) return "";
        return ParamSpec.text(value);
    }

    /** Records the values as the options of the command's macro line (plain ImageJ; Fiji records module inputs itself). */
    static void record(Map<String, String> values) {
        if (!Recorder.record) return;
        for (Map.Entry<String, String> e : values.entrySet()) Recorder.recordOption(e.getKey(), e.getValue());
    }

    private enum Kind { CHECKBOX, CHOICE, TEXT, SOURCE }

    /** One input in the dialog: its index among the dialog's choices (or checkboxes) and text fields. */
    private record Field(ParamSpec param, Kind kind, int choice, int string, Map<String, String> items) {}

    /** Where an image or mask can come from: open images (and channels), the ROI Manager and selection for masks, a file. */
    private static Map<String, String> sources(ParamSpec p) {
        Map<String, String> items = new LinkedHashMap<>();
        if (p.isMask()) {
            RoiManager rm = RoiManager.getInstance();
            if (!p.mustBeGiven()) items.put(NONE, "");
            if (rm != null && rm.getCount() > 0) items.put(ROI_MANAGER_ITEM, MaskInput.ROI_MANAGER);
            ij.ImagePlus current = ij.WindowManager.getCurrentImage();
            if (current != null && current.getRoi() != null) {
                items.put(SELECTION_ITEM, MaskInput.SELECTION);
                items.put("Selection on every slice", MaskInput.SELECTION_ALL_SLICES);
            }
        } else if (!p.mustBeGiven()) {
            items.put(NONE, "");
        }
        for (String title : ImageInput.openChoices()) items.put(title, title);
        items.put(FILE_BELOW, null);
        return items;
    }

    /**
     * What the person most likely means: for an image the current image (its current channel), for a mask the ROI
     * Manager's ROIs, else the selection on this slice, else an open label map ("label" or "seg" in its title).
     */
    private static String likelyChoice(ParamSpec p, List<String> shown) {
        ij.ImagePlus current = ij.WindowManager.getCurrentImage();
        List<String> preferred = new ArrayList<>();
        if (p.isImage() && current != null) {
            if (current.getNChannels() > 1) preferred.add(current.getTitle() + "::" + ImageInput.channelNames(current).get(current.getC() - 1)
                + (current.getNFrames() > 1 ? "@" + current.getT() : ""));
            preferred.add(current.getTitle() + (current.getNFrames() > 1 ? "@" + current.getT() : ""));
        }
        if (p.isMask()) {
            preferred.add(ROI_MANAGER_ITEM);
            preferred.add(SELECTION_ITEM);
            for (String s : shown) if (s.toLowerCase(java.util.Locale.ROOT).matches(".*(label|seg|mask).*")) preferred.add(s);
        }
        for (String s : preferred) if (shown.contains(s)) return s;
        return shown.get(0);
    }

    private static Map<String, String> read(GenericDialog gd, List<Field> fields) {
        @SuppressWarnings("unchecked") Vector<Choice> choices = gd.getChoices();
        @SuppressWarnings("unchecked") Vector<Checkbox> boxes = gd.getCheckboxes();
        @SuppressWarnings("unchecked") Vector<TextField> texts = gd.getStringFields();
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : fields) {
            String v = switch (f.kind()) {
                case CHECKBOX -> Boolean.toString(boxes.get(f.choice()).getState());
                case CHOICE -> choices.get(f.choice()).getSelectedItem();
                case TEXT -> texts.get(f.string()).getText().trim();
                case SOURCE -> {
                    String file = texts.get(f.string()).getText().trim();
                    String picked = f.items().get(choices.get(f.choice()).getSelectedItem());
                    yield !file.isEmpty() ? file : picked == null ? "" : picked;
                }
            };
            if (!v.isEmpty()) values.put(f.param().name(), v);
        }
        return values;
    }

    private static String help(CommandSpec spec) {
        StringBuilder b = new StringBuilder("<html><h3>").append(spec.label()).append("</h3><p>").append(escape(spec.description()))
            .append("</p><table>");
        for (ParamSpec p : spec.params())
            b.append("<tr><td valign=top><b>").append(escape(p.label())).append("</b><br><tt>").append(p.name())
                .append("</tt></td><td>").append(escape(p.description())).append("</td></tr>");
        b.append("</table><p>Macro: <tt>run(\"").append(escape(spec.label())).append("\", \"key=value ...\")</tt> with the keys above; ")
            .append("command line: <tt>").append(spec.name()).append(" --help</tt></p></html>");
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
