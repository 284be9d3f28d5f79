package no.nav.overgang.stack.entry;

import java.util.Map;

import no.nav.overgang.embedded.LocalOidcServer;
import no.nav.overgang.stack.ServiceKind;

/** What the entry page needs to know: where the services are and who issues tokens. */
public record EntrySettings(Map<ServiceKind, String> serviceUrls, LocalOidcServer oidc, String tokenCookie) {
}
