package org.gliomaradiomics.commands;

import ij.ImagePlus;
import java.io.File;
import java.lang.reflect.Type;
import java.nio.file.Path;
import org.scijava.convert.AbstractConverter;
import org.scijava.convert.Converter;
import org.scijava.plugin.Plugin;

/**
 * SciJava conversions into our input kinds, so scripts (CommandService, PyImageJ) and Fiji macros can pass a path
 * (String, File, Path) or an open ImagePlus wherever a command takes an image or a mask.
 */
public final class InputConverters {
    private InputConverters() {}

    static boolean convertible(Class<?> src) {
        return src != null && (String.class.isAssignableFrom(src) || File.class.isAssignableFrom(src) || Path.class.isAssignableFrom(src)
            || ImagePlus.class.isAssignableFrom(src));
    }

    static String text(Object src) {
        return src instanceof ImagePlus ? ((ImagePlus) src).getTitle() : src.toString();
    }

    /** String, File, Path or ImagePlus to one of our input kinds. */
    abstract static class ToInput<T> extends AbstractConverter<Object, T> {
        private final Class<T> type;
        private final java.util.function.Function<Object, T> make;

        ToInput(Class<T> type, java.util.function.Function<Object, T> make) {
            this.type = type;
            this.make = make;
        }

        @Override
        public boolean canConvert(Class<?> src, Type dest) {
            return dest == type && convertible(src);
        }

        @Override
        public boolean canConvert(Class<?> src, Class<?> dest) {
            return dest == type && convertible(src);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <U> U convert(Object src, Class<U> dest) {
            return src == null ? null : (U) make.apply(src);
        }

        @Override
        public Class<T> getOutputType() {
            return type;
        }

        @Override
        public Class<Object> getInputType() {
            return Object.class;
        }
    }

    /** To {@link ImageInput}: an ImagePlus is kept as it is, text and files by name. */
    @Plugin(type = Converter.class)
    public static final class ToImageInput extends ToInput<ImageInput> {
        public ToImageInput() {
            super(ImageInput.class, src -> src instanceof ImagePlus ? ImageInput.of((ImagePlus) src) : ImageInput.parse(text(src)));
        }
    }

    /** To {@link MaskInput}: a label image (ImagePlus, by its title), a file, or a mask source. */
    @Plugin(type = Converter.class)
    public static final class ToMaskInput extends ToInput<MaskInput> {
        public ToMaskInput() {
            super(MaskInput.class, src -> MaskInput.parse(text(src)));
        }
    }
}
