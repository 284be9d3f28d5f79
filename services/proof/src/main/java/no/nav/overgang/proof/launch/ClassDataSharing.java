package no.nav.overgang.proof.launch;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Class-data sharing for the child JVMs: a dynamic CDS archive in {@code dir}, written by one recording JVM (the
 * {@code recorder} service's) when it exits normally (SIGTERM, {@code System.exit}) and mapped by every child JVM
 * started after that, so that it takes the classes it shares with the recorder (the JDK's, Spring's, Kafka's, the
 * platform's), already parsed and verified, from the archive instead of the jars. One recorder, not one per kind:
 * recording slowed a JVM's start 1.5 to 2.5 times, and five recorders starting at once on two cores took twice as
 * long to be up as five plain JVMs. A JVM killed with SIGKILL writes nothing; a missing, truncated or mismatched archive is ignored
 * with a warning in the child's log. The archive is deleted when the JDK or the classpath (a jar's path, size or
 * time) changed since it was written. Two clusters must not share {@code dir} at the same time.
 * <p>
 * CDS refuses a classpath with a non-empty directory (a module's {@code target/classes} under Maven), so each such
 * directory is packed into a jar in {@code dir}; the jar is rewritten only when its content changed, which keeps the
 * archive valid from one cluster to the next.
 */
record ClassDataSharing(Path dir, String recorder) {

    private static final String ARCHIVE = "children.jsa";

    ClassDataSharing {
        dir = dir.toAbsolutePath();
    }

    /**
     * The options of a child JVM of this kind ({@code coordinator}, {@code kafka}): the archive if it exists, else
     * recording it if this is the recorder.
     */
    List<String> jvmOptions(String kind) {
        Path archive = dir.resolve(ARCHIVE);
        if (Files.exists(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        return kind.equals(recorder) ? List.of("-XX:ArchiveClassesAtExit=" + archive) : List.of();
    }

    /**
     * The children's classpath: {@code classpath} with every non-empty directory replaced by a jar of its content.
     * Deletes the archive if it was written for another JDK or classpath.
     */
    String classpath(String classpath) {
        try {
            Files.createDirectories(dir);
            List<String> entries = new ArrayList<>();
            String[] parts = classpath.split(File.pathSeparator);
            for (int i = 0; i < parts.length; i++) {
                Path entry = Path.of(parts[i]);
                entries.add(Files.isDirectory(entry) ? packed(entry, dir.resolve("classpath-" + i + ".jar")).toString()
                        : parts[i]);
            }
            String children = String.join(File.pathSeparator, entries);
            forgetArchiveUnlessFor(children);
            return children;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forgetArchiveUnlessFor(String classpath) throws IOException {
        StringBuilder fingerprint = new StringBuilder(Runtime.version() + " " + System.getProperty("java.home") + "\n");
        for (String entry : classpath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            fingerprint.append(entry).append(' ').append(Files.exists(path) ? Files.size(path) + " "
                    + Files.getLastModifiedTime(path).toMillis() : "missing").append('\n');
        }
        Path written = dir.resolve("archives-for.txt");
        if (Files.exists(written) && Files.readString(written).contentEquals(fingerprint)) {
            return;
        }
        Files.deleteIfExists(dir.resolve(ARCHIVE));
        Files.writeString(written, fingerprint);
    }

    /** The directory's files in a jar with fixed times and order: the same content gives the same bytes. */
    private static Path packed(Path directory, Path jar) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                ZipEntry entry = new ZipEntry(directory.relativize(file).toString().replace(File.separatorChar, '/'));
                entry.setTime(0);
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        byte[] content = bytes.toByteArray();
        if (!Files.exists(jar) || !Arrays.equals(Files.readAllBytes(jar), content)) {
            Path written = Files.write(jar.resolveSibling(jar.getFileName() + ".tmp"), content);
            Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return jar;
    }
}
