package no.nav.overgang.platform.web;

import java.io.IOException;

/** A request body went past its size limit while it was being read; answered with 413. */
public class RequestTooLargeException extends IOException {

    private final long limit;

    public RequestTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
