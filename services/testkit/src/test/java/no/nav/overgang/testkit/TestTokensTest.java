package no.nav.overgang.testkit;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestTokensTest {

    @Test
    void bearerTokenCarriesTheClaimsThePlatformReads() throws Exception {
        String bearer = TestTokens.bearer("Z990001", List.of("veileder"), List.of("0301", "1201"));

        assertThat(bearer).startsWith("Bearer ");
        var claims = SignedJWT.parse(bearer.substring("Bearer ".length())).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(Infrastructure.shared().issuerUri());
        assertThat(claims.getAudience()).containsExactly("overgang");
        assertThat(claims.getSubject()).isEqualTo("Z990001");
        assertThat(claims.getStringClaim("NAVident")).isEqualTo("Z990001");
        assertThat(claims.getStringClaim("name")).isEqualTo("Z990001");
        assertThat(claims.getStringListClaim("roles")).containsExactly("veileder");
        assertThat(claims.getStringListClaim("offices")).containsExactly("0301", "1201");
    }
}
