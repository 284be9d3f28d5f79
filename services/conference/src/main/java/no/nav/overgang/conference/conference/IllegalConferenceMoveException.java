package no.nav.overgang.conference.conference;

import no.nav.overgang.platform.pages.Texts;
import no.nav.overgang.platform.web.ConflictException;

/** A move the conference's state does not allow; its message is the bokmål sentence a person reads (HTTP 409). */
public class IllegalConferenceMoveException extends ConflictException {

    static final Texts TEXTS = new Texts("conference-messages");

    public IllegalConferenceMoveException(String message) {
        super(message);
    }

    /** The refusal {@code key} of {@code conference-messages.properties}, with its arguments. */
    static IllegalConferenceMoveException of(String key, Object... args) {
        return new IllegalConferenceMoveException(TEXTS.get(key, args));
    }
}
