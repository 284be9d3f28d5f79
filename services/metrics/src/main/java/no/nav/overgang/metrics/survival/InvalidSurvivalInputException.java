package no.nav.overgang.metrics.survival;

import java.util.List;

/**
 * Input the analysis cannot use. Each problem says where (the CSV line) and what is wrong, never echoing a value.
 */
public class InvalidSurvivalInputException extends RuntimeException {

    private final List<String> problems;

    public InvalidSurvivalInputException(String problem) {
        this(List.of(problem));
    }

    public InvalidSurvivalInputException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
