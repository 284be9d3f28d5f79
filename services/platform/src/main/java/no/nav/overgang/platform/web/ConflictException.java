package no.nav.overgang.platform.web;

/** A request that is valid but not allowed in the current state; answered with 409 and the message. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
