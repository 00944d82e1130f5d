package org.gliomaradiomics.commands;

import java.io.File;
import java.lang.reflect.Field;
import java.util.Locale;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.plugin.Parameter;

/**
 * One input of a command, read from its SciJava {@code @Parameter} field. The field name (snake_case) is the
 * macro key and, with dashes or underscores, the command-line option; the annotation's label is what a person
 * reads in the dialog. Nothing is declared twice.
 */
public final class ParamSpec {
    private final Field field;
    private final Parameter annotation;
    private final Object defaultValue;

    ParamSpec(Field field, Object defaultValue) {
        this.field = field;
        this.annotation = field.getAnnotation(Parameter.class);
        this.defaultValue = defaultValue;
        field.setAccessible(true);
    }

    static boolean isInput(Field f) {
        Parameter p = f.getAnnotation(Parameter.class);
        return p != null && p.type() != ItemIO.OUTPUT && p.visibility() != ItemVisibility.MESSAGE && isSupported(f.getType());
    }

    static boolean isSupported(Class<?> t) {
        return t == File.class || t == String.class || t == int.class || t == Integer.class || t == long.class
            || t == double.class || t == Double.class || t == boolean.class || t == Boolean.class
            || t == ImageInput.class || t == MaskInput.class;
    }

    /** Macro key and canonical name, e.g. {@code kernel_radius}. */
    public String name() {
        return field.getName();
    }

    /** Command-line option, e.g. {@code --kernel-radius}. */
    public String option() {
        return "--" + name().replace('_', '-');
    }

    public Class<?> type() {
        return field.getType();
    }

    public boolean required() {
        return annotation.required();
    }

    /** Whether the annotation keeps values between runs (it must not: a recorded macro must not depend on them). */
    public boolean persists() {
        return annotation.persist();
    }

    /** Must be given by the user: required and without a declared default. */
    public boolean mustBeGiven() {
        return required() && !isFlag() && ParamSpec.text(defaultValue).isEmpty();
    }

    /** Optional in ImageJ, required on the command line ({@link CommandLineRequired}). */
    public boolean requiredOnCommandLine() {
        return field.isAnnotationPresent(CommandLineRequired.class);
    }

    public boolean isFlag() {
        return type() == boolean.class || type() == Boolean.class;
    }

    public boolean isFile() {
        return type() == File.class;
    }

    /** An image: a file, or in ImageJ an open image. */
    public boolean isImage() {
        return type() == ImageInput.class;
    }

    /** A mask or label map: a file, an open label image, the ROI Manager or the selection. */
    public boolean isMask() {
        return type() == MaskInput.class;
    }

    public boolean isNumber() {
        return type() == int.class || type() == Integer.class || type() == long.class || type() == double.class || type() == Double.class;
    }

    public String[] choices() {
        return annotation.choices();
    }

    public String style() {
        return annotation.style();
    }

    /** What a person reads in the dialog, e.g. "Kernel radius (voxels)". */
    public String label() {
        return annotation.label().isEmpty() ? name() : annotation.label();
    }

    public String description() {
        return annotation.description();
    }

    /** The dialog section this input starts, or null. */
    public String section() {
        Section s = field.getAnnotation(Section.class);
        return s == null ? null : s.value();
    }

    public Object defaultValue() {
        return defaultValue;
    }

    public Object get(Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses text into the field's type and sets it; the error names the option and the bad text. */
    public void set(Object command, String text) {
        Object value = parse(text);
        try {
            field.set(command, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of {@code text} in this input's type (null for an empty optional file or image). */
    public Object parse(String text) {
        String t = text == null ? "" : text.trim();
        Class<?> c = type();
        try {
            if (c == File.class) return t.isEmpty() ? null : new File(t);
            if (c == ImageInput.class) return ImageInput.parse(t);
            if (c == MaskInput.class) return MaskInput.parse(t);
            if (c == String.class) {
                String[] ch = choices();
                if (ch.length > 0 && !t.isEmpty()) {
                    for (String choice : ch) if (choice.equalsIgnoreCase(t)) return choice;
                    throw new UsageException(option() + ": '" + t + "' is not one of " + String.join(", ", ch));
                }
                return t;
            }
            if (c == int.class || c == Integer.class) return Integer.parseInt(t);
            if (c == long.class) return Long.parseLong(t);
            if (c == double.class || c == Double.class) return Double.parseDouble(t);
            if (c == boolean.class || c == Boolean.class) {
                String l = t.toLowerCase(Locale.ROOT);
                if (l.isEmpty() || l.equals("true") || l.equals("yes") || l.equals("1")) return true;
                if (l.equals("false") || l.equals("no") || l.equals("0")) return false;
                throw new UsageException(option() + ": '" + t + "' is not true or false");
            }
        } catch (NumberFormatException e) {
            throw new UsageException(option() + ": '" + t + "' is not a number");
        }
        throw new IllegalStateException("unsupported parameter type " + c);
    }

    /** Text of a value as a macro or command line would give it. */
    public static String text(Object value) {
        if (value == null) return "";
        if (value instanceof File) return ((File) value).getPath();
        return value.toString();
    }
}
