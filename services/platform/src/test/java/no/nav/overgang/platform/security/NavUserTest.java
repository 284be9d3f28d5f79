package no.nav.overgang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class NavUserTest {

    @Test
    void a_user_is_read_from_the_token_s_ident_roles_and_offices_and_unknown_roles_are_ignored() {
        Jwt jwt = token()
                .claim(NavUser.IDENT_CLAIM, "Z990001")
                .claim("name", "Kari Veileder")
                .claim(NavUser.ROLES_CLAIM, List.of("nav-office-adviser", "pilot-admin", "superuser"))
                .claim(NavUser.OFFICES_CLAIM, List.of("0315", "1201"))
                .build();

        NavUser user = NavUser.from(jwt);

        assertThat(user.navIdent()).isEqualTo("Z990001");
        assertThat(user.name()).isEqualTo("Kari Veileder");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.NAV_OFFICE_ADVISER, Role.PILOT_ADMIN);
        assertThat(user.offices()).containsExactlyInAnyOrder("0315", "1201");
        assertThat(user.worksFor("0315")).isTrue();
        assertThat(user.worksFor("4402")).isFalse();
        assertThat(user.has(Role.PILOT_ADMIN)).isTrue();
        assertThat(user.has(Role.EVALUATOR)).isFalse();
        assertThat(user.rolesText()).isEqualTo("nav-office-adviser,pilot-admin");
    }

    @Test
    void another_issuer_s_claims_are_read_as_configured_with_group_ids_mapped_to_roles() {
        var entraLike = new SecuritySettings.Claims("NAVident", "groups", "enheter",
                java.util.Map.of("8b3c0f6e-group-of-advisers", "nav-office-adviser"));
        Jwt jwt = token()
                .claim("NAVident", "Z990001")
                .claim("groups", List.of("8b3c0f6e-group-of-advisers", "some-other-group"))
                .claim("enheter", List.of("0315"))
                .claim(NavUser.ROLES_CLAIM, List.of("pilot-admin"))
                .build();

        NavUser user = NavUser.from(jwt, entraLike);

        assertThat(user.roles()).as("only the configured claim gives roles").containsExactly(Role.NAV_OFFICE_ADVISER);
        assertThat(user.offices()).containsExactly("0315");
        assertThat(NavUser.from(jwt).roles()).as("the default claims").containsExactly(Role.PILOT_ADMIN);
    }

    @Test
    void a_system_token_without_ident_roles_or_offices_is_a_user_named_by_its_subject_with_no_access() {
        NavUser user = NavUser.from(token().build());

        assertThat(user.navIdent()).isEqualTo("srv-sykepenger");
        assertThat(user.roles()).isEmpty();
        assertThat(user.offices()).isEmpty();
        assertThat(user.rolesText()).isEmpty();
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("not-checked-here")
                .header("alg", "RS256")
                .subject("srv-sykepenger")
                .issuedAt(Instant.parse("2026-03-02T09:00:00Z"))
                .expiresAt(Instant.parse("2026-03-02T10:00:00Z"));
    }
}
