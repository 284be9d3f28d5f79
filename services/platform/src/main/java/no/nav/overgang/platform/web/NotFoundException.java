package no.nav.overgang.platform.web;

/** The requested object does not exist (or the caller may not know that it does); answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
