package org.gliomaradiomics.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.gliomaradiomics.image.AtomicFiles;

/**
 * Files of the job on any Hadoop file system (local, HDFS, S3A, ...): a path without a scheme is a local path (on a
 * cluster: a shared mount such as NFS or Lustre, the same on every node) and is read directly; any other is copied to
 * a local temporary folder for the readers of the core, which take local files.
 */
final class HadoopFiles implements Serializable {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");
    private final Map<String, String> settings; // the Hadoop configuration, shipped to the executors
    private transient Configuration conf;

    HadoopFiles(Configuration conf) {
        this.settings = new HashMap<>();
        for (Map.Entry<String, String> e : conf) settings.put(e.getKey(), e.getValue());
        this.conf = conf;
    }

    private Configuration conf() {
        if (conf == null) {
            Configuration c = new Configuration(false);
            settings.forEach(c::set);
            conf = c;
        }
        return conf;
    }

    static boolean hasScheme(String location) {
        return SCHEME.matcher(location).matches() && !location.matches("^[A-Za-z]:[\\\\/].*"); // not a Windows drive
    }

    /** A local path for a location without a scheme or with {@code file:}, else null. */
    static java.nio.file.Path localPath(String location) {
        if (!hasScheme(location)) return java.nio.file.Path.of(location);
        if (location.startsWith("file:")) return new File(URI.create(location)).toPath();
        return null;
    }

    /** The location as a local file: itself when local, else a copy in {@code dir} (a folder is copied whole). */
    java.nio.file.Path local(String location, java.nio.file.Path dir) throws IOException {
        java.nio.file.Path p = localPath(location);
        if (p != null) return p;
        Path remote = new Path(location);
        Files.createDirectories(dir);
        java.nio.file.Path copy = dir.resolve(remote.getName());
        remote.getFileSystem(conf()).copyToLocalFile(false, remote, new Path(copy.toUri()), true);
        return copy;
    }

    /** {@code cell} of a manifest at {@code manifest}: as written when it has a scheme, else against the manifest's folder. */
    static String resolve(String manifest, String cell) {
        if (hasScheme(cell)) return cell;
        if (localPath(manifest) != null) return localPath(manifest).toAbsolutePath().getParent().resolve(cell).toString();
        return new Path(new Path(manifest).getParent(), cell).toString();
    }

    /** Size and modification time, or "unreadable" (the case will fail and be computed again on resume). */
    String stat(String location) {
        try {
            Path p = hadoopPath(location);
            FileStatus s = p.getFileSystem(conf()).getFileStatus(p);
            return s.isDirectory() ? "dir@" + s.getModificationTime() : s.getLen() + "@" + s.getModificationTime();
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    boolean exists(String location) throws IOException {
        Path p = hadoopPath(location);
        return p.getFileSystem(conf()).exists(p);
    }

    String readText(String location) throws IOException {
        Path p = hadoopPath(location);
        try (InputStream in = p.getFileSystem(conf()).open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Writes a text file completely or not at all: locally through the core's atomic writer, elsewhere to a hidden
     * sibling renamed onto the target when complete.
     */
    void writeText(String location, AtomicFiles.TextContent content) throws IOException {
        java.nio.file.Path local = localPath(location);
        if (local != null) {
            AtomicFiles.writeText(local, content);
            return;
        }
        java.nio.file.Path tmp = Files.createTempFile("glioma-radiomics", ".csv");
        try {
            AtomicFiles.writeText(tmp, content);
            Path target = new Path(location);
            FileSystem fs = target.getFileSystem(conf());
            Path hidden = new Path(target.getParent(), "." + target.getName() + ".tmp");
            fs.copyFromLocalFile(false, true, new Path(tmp.toUri()), hidden);
            fs.delete(target, false);
            if (!fs.rename(hidden, target)) throw new IOException(location + ": could not move the finished file into place (" + hidden + " is kept)");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A Hadoop path; local paths as file: URIs. */
    static Path hadoopPath(String location) {
        java.nio.file.Path p = localPath(location);
        return p != null ? new Path(p.toAbsolutePath().toUri()) : new Path(location);
    }
}
