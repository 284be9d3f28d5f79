package no.nav.overgang.embedded;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalOidcServerTest {

    @Test
    void issuesTokensSignedByAKeyPublishedThroughItsDiscoveryDocument() throws Exception {
        try (var oidc = LocalOidcServer.start(0)) {
            String token = oidc.issueToken("Z990001",
                    Map.of("NAVident", "Z990001", "roles", List.of("veileder")), Duration.ofMinutes(5));

            var discovery = JSONObjectUtils.parse(get(oidc.issuerUri() + "/.well-known/openid-configuration"));
            assertThat(discovery.get("issuer")).isEqualTo(oidc.issuerUri());
            var keys = JWKSet.parse(get((String) discovery.get("jwks_uri")));

            var processor = new DefaultJWTProcessor<SecurityContext>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
            JWTClaimsSet claims = processor.process(token, null);

            assertThat(claims.getIssuer()).isEqualTo(oidc.issuerUri());
            assertThat(claims.getSubject()).isEqualTo("Z990001");
            assertThat(claims.getAudience()).containsExactly("overgang");
            assertThat(claims.getStringClaim("NAVident")).isEqualTo("Z990001");
            assertThat(claims.getStringListClaim("roles")).containsExactly("veileder");
            assertThat(claims.getExpirationTime().toInstant()).isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(360));
        }
    }

    private static String get(String uri) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
            return response.body();
        }
    }
}
