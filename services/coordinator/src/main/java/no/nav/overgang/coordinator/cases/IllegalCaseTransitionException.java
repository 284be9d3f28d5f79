package no.nav.overgang.coordinator.cases;

/** A move the case state machine does not allow; refused, never applied. */
public class IllegalCaseTransitionException extends RuntimeException {

    public IllegalCaseTransitionException(CaseState from, CaseState to) {
        super("a case cannot move from " + from + " to " + to);
    }

    public IllegalCaseTransitionException(String message) {
        super(message);
    }
}
