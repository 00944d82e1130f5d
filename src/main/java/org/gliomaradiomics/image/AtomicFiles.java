package org.gliomaradiomics.image;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files written completely or not at all: content goes to a temporary sibling that is moved into place when done.
 * Every writer of the suite (images, tables, ROI sets) goes through here.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** A new empty temporary file beside {@code target}, readable by others like an ordinarily created file. */
    public static Path temporarySibling(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new ImageFormatException(target, "folder " + dir + " does not exist");
        Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        try {
            // createTempFile makes owner-only files; results are shared on clusters, so give them the usual rw-r--r--.
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its defaults
        }
        return temp;
    }

    /** Moves a finished temporary file onto {@code target}, atomically where the file system can. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
