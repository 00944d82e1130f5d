package org.gliomaradiomics.image;

import java.io.IOException;
import java.nio.file.Path;

/** STUB until the io branch merges. */
public final class ImageIO {
    private ImageIO() {}
    public static Volume read(Path p) throws IOException { throw new ImageFormatException(p, "stub"); }
    public static void write(Volume v, Path p) throws IOException { throw new ImageFormatException(p, "stub"); }
    public static Volume readMask(Path p, Geometry g) throws IOException { throw new ImageFormatException(p, "stub"); }
}
