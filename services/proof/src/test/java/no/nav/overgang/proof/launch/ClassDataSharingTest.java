package no.nav.overgang.proof.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path temp;

    @Test
    void packsDirectoriesIntoJarsThatStayTheSameWhileTheirContentDoes() throws Exception {
        Path classes = Files.createDirectories(temp.resolve("classes/no/nav"));
        Files.writeString(classes.resolve("A.class"), "a");
        Path jar = temp.resolve("lib.jar");
        Files.writeString(jar, "not a real jar, but a file");
        ClassDataSharing sharing = new ClassDataSharing(temp.resolve("cds"), "coordinator");

        String classpath = temp.resolve("classes") + File.pathSeparator + jar;
        List<String> entries = List.of(sharing.classpath(classpath).split(File.pathSeparator));
        Path packed = Path.of(entries.getFirst());
        FileTime written = Files.getLastModifiedTime(packed);
        Files.setLastModifiedTime(packed, FileTime.fromMillis(written.toMillis() - 60_000));
        FileTime aged = Files.getLastModifiedTime(packed);

        assertThat(entries).hasSize(2).last().isEqualTo(jar.toString());
        try (JarFile content = new JarFile(packed.toFile())) {
            assertThat(content.getEntry("no/nav/A.class")).isNotNull();
        }
        assertThat(sharing.classpath(classpath)).isEqualTo(String.join(File.pathSeparator, entries));
        assertThat(Files.getLastModifiedTime(packed)).as("unchanged content, jar not rewritten").isEqualTo(aged);

        Files.writeString(classes.resolve("A.class"), "changed");
        sharing.classpath(classpath);
        assertThat(Files.getLastModifiedTime(packed)).isNotEqualTo(aged);
    }

    @Test
    void recordsWithTheRecorderOnlyThenEveryChildUsesTheArchiveUntilTheClasspathChanges() throws Exception {
        Path jar = temp.resolve("lib.jar");
        Files.writeString(jar, "v1");
        ClassDataSharing sharing = new ClassDataSharing(temp.resolve("cds"), "coordinator");
        Path archive = temp.resolve("cds/children.jsa");
        sharing.classpath(jar.toString());

        assertThat(sharing.jvmOptions("coordinator")).containsExactly("-XX:ArchiveClassesAtExit=" + archive);
        assertThat(sharing.jvmOptions("intake")).isEmpty();

        Files.writeString(archive, "what the recorder wrote");
        sharing.classpath(jar.toString());
        assertThat(sharing.jvmOptions("intake")).containsExactly("-XX:SharedArchiveFile=" + archive);
        assertThat(sharing.jvmOptions("kafka")).containsExactly("-XX:SharedArchiveFile=" + archive);

        Files.writeString(jar, "v2, another size");
        sharing.classpath(jar.toString());
        assertThat(archive).doesNotExist();
    }
}
