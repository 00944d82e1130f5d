package org.gliomaradiomics.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Helpers every reader shares: turning any failure into a one-line {@link ImageFormatException}. */
final class Readers {
    private Readers() {}

    interface Body<T> {
        T run() throws IOException;
    }

    /**
     * Runs a reader body; whatever goes wrong (I/O errors, runtime exceptions from malformed content, out of
     * memory) comes out as an ImageFormatException naming {@code file}.
     */
    static <T> T guard(Path file, Body<T> body) throws ImageFormatException {
        try {
            return body.run();
        } catch (ImageFormatException e) {
            throw e;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImageFormatException(file, "file does not exist", e);
        } catch (IOException e) {
            throw new ImageFormatException(file, "cannot read (" + oneLine(e) + ")", e);
        } catch (OutOfMemoryError e) {
            throw new ImageFormatException(file, "cannot read the image: " + Limits.outOfMemory());
        } catch (RuntimeException e) {
            throw new ImageFormatException(file, "malformed image (" + oneLine(e) + ")", e);
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? "unexpected content" : e.getMessage();
        return m.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** Up to {@code n} bytes (fewer only at the end of the stream); corrupt gzip becomes a clear error. */
    static byte[] readUpTo(InputStream in, int n, Path file) throws IOException {
        try {
            return in.readNBytes(n);
        } catch (java.io.EOFException e) {
            throw new ImageFormatException(file, "compressed data ends early (truncated file?)", e);
        } catch (java.util.zip.ZipException e) {
            throw new ImageFormatException(file, "corrupt compressed data (" + e.getMessage() + ")", e);
        }
    }
}
