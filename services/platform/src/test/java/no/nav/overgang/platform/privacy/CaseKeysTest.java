package no.nav.overgang.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CaseKeysTest {

    private static final String PERSON = "15436840087";
    private static final String OTHER_PERSON = "02447140090";

    private final CaseKeys caseKeys = new CaseKeys("a-secret-of-at-least-16-characters");

    @Test
    void the_same_person_always_gets_the_same_case_key() {
        assertThat(caseKeys.caseKey(PERSON))
                .isEqualTo(caseKeys.caseKey(PERSON))
                .isEqualTo(new CaseKeys("a-secret-of-at-least-16-characters").caseKey(PERSON));
    }

    @Test
    void different_persons_get_different_case_keys() {
        assertThat(caseKeys.caseKey(PERSON)).isNotEqualTo(caseKeys.caseKey(OTHER_PERSON));
    }

    @Test
    void another_secret_gives_another_case_key_so_the_key_cannot_be_linked_without_the_secret() {
        assertThat(new CaseKeys("another-secret-of-16-characters").caseKey(PERSON))
                .isNotEqualTo(caseKeys.caseKey(PERSON));
    }

    @Test
    void a_case_key_is_32_hex_characters_and_never_contains_the_national_id() {
        for (String id : new String[] {PERSON, OTHER_PERSON, "31525940023", "07478540048", "24516240071"}) {
            assertThat(caseKeys.caseKey(id)).as("case key of a synthetic id")
                    .matches("[0-9a-f]{32}")
                    .doesNotContain(id)
                    .doesNotContain(id.substring(0, 6));
        }
    }

    @Test
    void a_short_or_missing_secret_is_refused() {
        assertThatThrownBy(() -> new CaseKeys("only-15-chars!!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("overgang.pseudonymisation.secret must be at least 16 characters");
        assertThatThrownBy(() -> new CaseKeys(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keys_computed_on_many_threads_at_once_are_the_keys_computed_on_one() {
        CaseKeys keys = new CaseKeys("a-secret-of-sufficient-length");
        List<String> ids = List.of("15436840087", "02447140090", "31525940023", "07478540048", "24516240071",
                "12439040007");
        List<String> sequential = ids.stream().map(keys::caseKey).toList();

        List<String> concurrent = IntStream.range(0, 6_000).parallel()
                .mapToObj(i -> keys.caseKey(ids.get(i % ids.size())) + "|" + (i % ids.size()))
                .distinct().sorted().toList();

        assertThat(concurrent).hasSize(ids.size());
        for (String entry : concurrent) {
            int index = Integer.parseInt(entry.substring(entry.indexOf('|') + 1));
            assertThat(entry).startsWith(sequential.get(index) + "|");
        }
    }
}
