package org.gliomaradiomics.commands;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one-line messages users see. */
public final class Errors {
    private Errors() {}

    public static String oneLine(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.ExecutionException || t instanceof java.util.concurrent.CompletionException
            || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) t = t.getCause();
        String m = t.getMessage();
        if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) return m + ": no such file";
        if (t instanceof AccessDeniedException) return m + ": permission denied";
        if (t instanceof java.util.concurrent.CancellationException) return m == null ? "cancelled" : m;
        if (t instanceof OutOfMemoryError) return org.gliomaradiomics.image.Limits.outOfMemory();
        if (m == null || m.isBlank()) return t.getClass().getSimpleName();
        boolean expected = t instanceof CommandException || t instanceof java.io.IOException || t instanceof IllegalArgumentException;
        String line = printable(m).trim();
        return expected ? line : t.getClass().getSimpleName() + ": " + line;
    }

    /** Line breaks and tabs as spaces, other control characters (escape sequences from file headers) as \xNN. */
    static String printable(String m) {
        StringBuilder b = new StringBuilder(m.length());
        for (char c : m.toCharArray()) {
            if (c == '\n' || c == '\r' || c == '\t') b.append(' ');
            else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }
}
