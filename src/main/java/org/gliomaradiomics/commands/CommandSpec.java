package org.gliomaradiomics.commands;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scijava.plugin.Plugin;

/**
 * What a command class declares: its command-line name, menu label, description and inputs. Derived by
 * reflection from the SciJava annotations, so the menu, macro, headless and command-line forms of a command
 * can never disagree. The inputs are reflected on first use, so listing the commands ({@code --help}) or running one
 * of them reflects on that one class only: a cold command-line start pays for what it runs.
 */
public final class CommandSpec {
    private final Class<? extends RadiomicsCommand> type;
    private volatile List<ParamSpec> params;

    public CommandSpec(Class<? extends RadiomicsCommand> type) {
        this.type = type;
    }

    /**
     * The inputs of the class and its superclasses below {@link RadiomicsCommand}, superclass inputs first, with the
     * defaults a new instance declares. RadiomicsCommand itself declares outputs only (ImageJ types): not reflecting
     * on it keeps ImageJ's classes unloaded on the command line.
     */
    private List<ParamSpec> reflectParams() {
        RadiomicsCommand prototype = newInstance();
        List<ParamSpec> list = new ArrayList<>();
        for (Class<?> c = type; c != null && c != RadiomicsCommand.class; c = c.getSuperclass()) {
            List<ParamSpec> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || !ParamSpec.isInput(f)) continue;
                ParamSpec p = new ParamSpec(f, null);
                own.add(new ParamSpec(f, p.get(prototype)));
            }
            list.addAll(0, own); // superclass inputs first
        }
        return Collections.unmodifiableList(list);
    }

    public Class<? extends RadiomicsCommand> type() {
        return type;
    }

    public RadiomicsCommand newInstance() {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create command " + type.getName(), e);
        }
    }

    /** Command-line name: the class name without "Command", in kebab case (LabelStatsCommand → label-stats). */
    public String name() {
        String s = type.getSimpleName().replaceAll("Command$", "");
        return s.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    public String menuPath() {
        Plugin p = type.getAnnotation(Plugin.class);
        return p == null ? "" : p.menuPath();
    }

    /** Menu label: the last element of the menu path (e.g. "Label Statistics"). */
    public String label() {
        String path = menuPath();
        return path.substring(path.lastIndexOf('>') + 1).trim();
    }

    /** Menu path without the label (the submenu plugins.config names). */
    public String submenu() {
        String path = menuPath();
        int i = path.lastIndexOf('>');
        return i < 0 ? "Plugins" : path.substring(0, i).trim();
    }

    public String description() {
        Plugin p = type.getAnnotation(Plugin.class);
        return p == null ? "" : p.description();
    }

    public List<ParamSpec> params() {
        List<ParamSpec> p = params;
        if (p == null) params = p = reflectParams(); // a race reflects twice, to equal lists
        return p;
    }

    public Optional<ParamSpec> param(String name) {
        String n = name.replace('-', '_');
        return params().stream().filter(p -> p.name().equalsIgnoreCase(n)).findFirst();
    }

    /** Creates the command and sets the given inputs (by snake_case name); unknown names and missing required
     * inputs are errors naming them. Inputs not given keep their declared defaults. */
    public RadiomicsCommand configure(Map<String, String> values) {
        RadiomicsCommand cmd = newInstance();
        for (Map.Entry<String, String> e : values.entrySet()) {
            ParamSpec p = param(e.getKey()).orElseThrow(() -> new UsageException(
                name() + ": unknown option '" + e.getKey() + "' (see " + name() + " --help)"));
            p.set(cmd, e.getValue());
        }
        List<String> missing = missingInputs(cmd);
        if (!missing.isEmpty()) throw new UsageException(name() + ": missing required option(s) " + String.join(", ", missing));
        return cmd;
    }

    /** The required inputs that {@code cmd} lacks, as command-line options. */
    public List<String> missingInputs(RadiomicsCommand cmd) {
        List<String> missing = new ArrayList<>();
        for (ParamSpec p : params()) {
            Object v = p.get(cmd);
            if (p.required() && !p.isFlag() && (v == null || (v instanceof String && ((String) v).isEmpty())))
                missing.add(p.option());
        }
        return missing;
    }
}
