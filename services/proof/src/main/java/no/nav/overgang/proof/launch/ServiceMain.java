package no.nav.overgang.proof.launch;

import java.util.Arrays;

import org.springframework.boot.builder.SpringApplicationBuilder;

import no.nav.overgang.stack.ServiceKind;

/**
 * The main of one service's JVM, as {@link Cluster} starts it: {@code ServiceMain KIND --name=value ...}, where the
 * arguments are the service's Spring properties. Exits when the launcher does.
 */
public final class ServiceMain {

    private ServiceMain() {
    }

    public static void main(String[] args) {
        ChildJvm.exitWithParent();
        ServiceKind kind = ServiceKind.valueOf(args[0]);
        new SpringApplicationBuilder(kind.application()).run(Arrays.copyOfRange(args, 1, args.length));
    }
}
