package no.nav.overgang.platform.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web security settings, under {@code overgang.security}. The token issuer and audience are Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties.
 *
 * @param tokenCookie name of the cookie that may carry the token for browser pages (the local login sets it;
 *                    in NAV's platform the login proxy sends the Authorization header instead)
 * @param loginUrl    where a browser without a token is sent; empty to answer 401
 * @param claims      which token claims carry the NAV ident, the roles (or groups) and the offices
 */
@ConfigurationProperties("overgang.security")
public record SecuritySettings(@DefaultValue("overgang-token") String tokenCookie, @DefaultValue("") String loginUrl,
                               @DefaultValue Claims claims) {

    /**
     * The claims of the issuer in use, under {@code overgang.security.claims}: the defaults are the local issuer's;
     * for e.g. Entra ID set {@code roles=groups} and map each group's object id to a role with {@code role-values}.
     *
     * @param ident      the claim with the NAV ident
     * @param roles      the claim with the roles or groups (a list)
     * @param offices    the claim with the offices or units (enheter) the employee works for (a list)
     * @param roleValues a value of the roles claim → the role it gives (see {@link Role}); values not listed are
     *                   taken as role names themselves
     */
    public record Claims(@DefaultValue("NAVident") String ident, @DefaultValue("roles") String roles,
                         @DefaultValue("offices") String offices, Map<String, String> roleValues) {

        public static final Claims DEFAULT = new Claims("NAVident", "roles", "offices", Map.of());

        public Claims {
            roleValues = roleValues == null ? Map.of() : Map.copyOf(roleValues);
        }
    }
}
