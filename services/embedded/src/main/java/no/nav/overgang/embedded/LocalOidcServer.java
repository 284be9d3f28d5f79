package no.nav.overgang.embedded;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import java.time.Duration;
import java.util.Map;

/**
 * An OpenID Connect issuer for local runs and tests: it publishes a discovery document and a JWKS
 * like a real identity provider, and signs whatever tokens it is asked for.
 */
public final class LocalOidcServer implements AutoCloseable {

    public static final String ISSUER_ID = "overgang";
    public static final String AUDIENCE = "overgang";

    private final MockOAuth2Server server;

    private LocalOidcServer(MockOAuth2Server server) {
        this.server = server;
    }

    /** Returns once the server accepts connections. */
    public static LocalOidcServer start(int portOrZero) {
        var server = new MockOAuth2Server(new OAuth2Config());
        server.start(portOrZero);
        return new LocalOidcServer(server);
    }

    /** The issuer, e.g. {@code http://localhost:PORT/overgang}; its discovery document is below {@code /.well-known/}. */
    public String issuerUri() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** A signed JWT, serialised, for {@code subject} with audience {@value #AUDIENCE} and the given claims. */
    public String issueToken(String subject, Map<String, Object> claims, Duration validity) {
        return server.issueToken(ISSUER_ID, subject, AUDIENCE, claims, validity.toSeconds()).serialize();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
