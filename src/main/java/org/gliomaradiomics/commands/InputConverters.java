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

    /** String, File, Path or ImagePlus to {@link ImageInput}. */
    @Plugin(type = Converter.class)
    public static final class ToImageInput extends AbstractConverter<Object, ImageInput> {
        @Override
        public boolean canConvert(Class<?> src, Type dest) {
            return dest == ImageInput.class && convertible(src);
        }

        @Override
        public boolean canConvert(Class<?> src, Class<?> dest) {
            return dest == ImageInput.class && convertible(src);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T convert(Object src, Class<T> dest) {
            if (src == null) return null;
            return (T) (src instanceof ImagePlus ? ImageInput.of((ImagePlus) src) : ImageInput.parse(text(src)));
        }

        @Override
        public Class<ImageInput> getOutputType() {
            return ImageInput.class;
        }

        @Override
        public Class<Object> getInputType() {
            return Object.class;
        }
    }

    /** String, File, Path or ImagePlus (a label image) to {@link MaskInput}. */
    @Plugin(type = Converter.class)
    public static final class ToMaskInput extends AbstractConverter<Object, MaskInput> {
        @Override
        public boolean canConvert(Class<?> src, Type dest) {
            return dest == MaskInput.class && convertible(src);
        }

        @Override
        public boolean canConvert(Class<?> src, Class<?> dest) {
            return dest == MaskInput.class && convertible(src);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T convert(Object src, Class<T> dest) {
            return src == null ? null : (T) MaskInput.parse(text(src));
        }

        @Override
        public Class<MaskInput> getOutputType() {
            return MaskInput.class;
        }

        @Override
        public Class<Object> getInputType() {
            return Object.class;
        }
    }
}
