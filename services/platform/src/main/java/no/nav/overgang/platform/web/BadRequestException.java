package no.nav.overgang.platform.web;

/** The request breaks a rule; answered with 400 and the message, which names the field and never echoes a value. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
