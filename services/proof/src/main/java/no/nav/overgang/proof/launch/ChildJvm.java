package no.nav.overgang.proof.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class of this module in a new JVM with this JVM's {@code java} and a classpath, usually
 * {@link #ownClasspath()} (a plain classpath, or the Spring Boot exec jar this JVM runs from). Its standard output
 * and error go to a log file the operating system appends to, so the child never blocks on a full pipe.
 */
final class ChildJvm {

    private static final String NESTED_JAR_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private ChildJvm() {
    }

    /** This JVM's classpath. */
    static String ownClasspath() {
        return System.getProperty("java.class.path");
    }

    static Process start(Class<?> main, String classpath, List<String> jvmOptions, List<String> args, Path logFile,
                         Path argFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the Kafka clients' LZ4 and the broker load native code
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        try {
            // the classpath in an argument file: hundreds of jars make a command line too long for some tools
            Files.writeString(argFile, "-cp \"" + classpath.replace("\\", "\\\\") + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        command.add("@" + argFile);
        if (runsFromNestedJar(main)) {
            command.add("-Dloader.main=" + main.getName());
            command.add(NESTED_JAR_LAUNCHER);
        } else {
            command.add(main.getName());
        }
        command.addAll(args);
        try {
            Files.createDirectories(logFile.getParent());
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + main.getSimpleName(), e);
        }
    }

    /** In a child: exit when the launcher does, even when it was killed, so no process is left behind. */
    static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> Thread.ofPlatform().start(() -> System.exit(3))));
    }

    /** Under Spring Boot's nested-jar launcher the system class loader cannot see this module's classes. */
    private static boolean runsFromNestedJar(Class<?> main) {
        return ClassLoader.getSystemClassLoader().getResource(main.getName().replace('.', '/') + ".class") == null;
    }
}
