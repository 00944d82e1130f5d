package org.gliomaradiomics.image;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files written completely or not at all. Every writer of the suite (images, tables, charts, reports, models, ROI
 * sets, the batch journal) goes through {@link #write}, {@link #writeText} or {@link #writeVia}:
 * <ul>
 *   <li>the content goes to a temporary sibling ({@code .NAME.*.part}) that is moved onto the output only when
 *       complete, so a failure at any point (full disk, exception, kill) leaves the previous output as it was and
 *       no reader ever sees half a file;</li>
 *   <li>a lock on {@code NAME.lock} refuses a second writer of the same output, in this process or another, while
 *       the first is at work; the lock file is removed when the writer is done.</li>
 * </ul>
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes bytes to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes a whole file at the path it is given (for libraries that only write to a named file). */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path file) throws IOException;
    }

    /** Writes {@code target} atomically, under its lock, from a byte stream (buffered). */
    public static void write(Path target, Content content) throws IOException {
        try (OutputLock lock = lock(target)) {
            lock.replace(content);
        }
    }

    /** Writes {@code target} atomically, under its lock, as UTF-8 text. */
    public static void writeText(Path target, TextContent content) throws IOException {
        write(target, utf8(content));
    }

    /** Writes {@code target} atomically, under its lock, by a writer that wants a file name: it gets the temporary file. */
    public static void writeVia(Path target, FileContent content) throws IOException {
        try (OutputLock lock = lock(target)) {
            lock.replaceVia(content);
        }
    }

    private static Content utf8(TextContent content) {
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // the stream is closed (or not) by whoever opened it
                }
            };
            content.writeTo(w);
            w.flush();
        };
    }

    /**
     * Takes the lock of {@code target} ({@code target.lock} beside it) or fails at once, naming the output, when
     * another writer holds it. Close the lock to release it.
     */
    public static OutputLock lock(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new ImageFormatException(target, "folder " + dir + " does not exist");
        Path lockFile = abs.resolveSibling(abs.getFileName() + ".lock");
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                Files.createFile(lockFile);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another writer's lock file, or one left by a killed process (its lock died with it)
            }
            Object before = fileKey(lockFile);
            FileChannel ch;
            try {
                ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                continue; // removed by a writer that just finished
            }
            FileLock held;
            try {
                held = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                held = null;
            } catch (IOException e) {
                ch.close();
                throw e;
            }
            if (held == null) {
                ch.close();
                throw new IOException(target + ": another run is writing this output (" + lockFile.getFileName()
                    + " is locked); wait for it to finish or choose another output");
            }
            // A writer that finished removes the lock file before releasing its lock: if the path names another file
            // now (or none), the lock just taken guards nothing, so start again on the current file. (Outputs stay
            // whole even then: they are renamed into place.)
            if (before != null && before.equals(fileKey(lockFile))) return new OutputLock(target, lockFile, ch, held);
            held.release();
            ch.close();
        }
        throw new IOException(target + ": could not lock " + lockFile + " (it keeps being replaced)");
    }

    private static Object fileKey(Path file) throws IOException {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : "no-file-keys"; // file systems without keys: trust the lock
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The lock on one output; {@link #replace} writes the output while the lock is held. */
    public static final class OutputLock implements Closeable {
        private final Path target;
        private final Path lockFile;
        private final FileChannel channel;
        private final FileLock lock;

        private OutputLock(Path target, Path lockFile, FileChannel channel, FileLock lock) {
            this.target = target;
            this.lockFile = lockFile;
            this.channel = channel;
            this.lock = lock;
        }

        public Path target() {
            return target;
        }

        /** Replaces the output with what {@code content} writes, through a temporary sibling. */
        public void replace(Content content) throws IOException {
            replaceVia(temp -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                    content.writeTo(out);
                }
            });
        }

        /** Replaces the output with UTF-8 text. */
        public void replaceText(TextContent content) throws IOException {
            replace(utf8(content));
        }

        /** Replaces the output with the file {@code content} writes at the temporary path it is given. */
        public void replaceVia(FileContent content) throws IOException {
            if (!lock.isValid()) throw new IllegalStateException("lock of " + target + " already released");
            Path temp = temporarySibling(target);
            try {
                content.writeTo(temp);
                if (!Files.isRegularFile(temp)) throw new IOException(target + ": nothing was written");
                moveIntoPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        /**
         * Removes the lock file, then releases the lock (in this order, see {@link AtomicFiles#lock}). Where an open
         * file cannot be removed (Windows), it is removed after the release, or left: a lock file without a lock
         * blocks nobody.
         */
        @Override
        public void close() throws IOException {
            boolean retry = false;
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException e) {
                retry = true; // the file system keeps open files: try again once the lock is released
            }
            try {
                if (lock.isValid()) lock.release();
            } finally {
                channel.close();
            }
            if (retry) {
                try {
                    Files.deleteIfExists(lockFile);
                } catch (IOException e) {
                    // left behind; harmless
                }
            }
        }
    }

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
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            String reason = Files.isDirectory(target) ? "a folder of that name is in the way" : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            throw new IOException(target + ": cannot be replaced (" + reason + ")", e);
        }
    }
}
