package no.nav.overgang.proof.launch;

import java.nio.file.Path;

import no.nav.overgang.stack.ServiceKind;

/**
 * One running service: its own JVM, listening on {@code port}, logging to {@code logFile}. A restarted service is a
 * new {@code ServiceProcess} with a new pid and the same port.
 */
public record ServiceProcess(ServiceKind kind, Process process, int port, Path logFile) {

    /** The operating system's process id, e.g. for {@code /proc/<pid>} or {@link ProcessHandle#of(long)}. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
