package org.gliomaradiomics.image;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read or written as an image; the message names the file and the problem in one line. */
public class ImageFormatException extends IOException {
    public ImageFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public ImageFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
