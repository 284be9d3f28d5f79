package no.nav.overgang.conference.conference;

import no.nav.overgang.platform.web.ConflictException;

public class IllegalConferenceMoveException extends ConflictException {

    public IllegalConferenceMoveException(String message) {
        super(message);
    }
}
