package no.nav.overgang.proof.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Command-line arguments {@code --name=value} ({@code --name} alone means {@code true}); unknown names are refused. */
public final class Arguments {

    private Arguments() {
    }

    public static Map<String, String> parse(String[] args, List<String> known) {
        Map<String, String> given = Arrays.stream(args).map(arg -> {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("arguments are --name=value, not " + arg);
            }
            String[] kv = arg.substring(2).split("=", 2);
            return kv.length == 2 ? kv : new String[] {kv[0], "true"};
        }).collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
        given.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("unknown argument --" + k + "; known: --" + String.join(", --", known));
        });
        return given;
    }
}
