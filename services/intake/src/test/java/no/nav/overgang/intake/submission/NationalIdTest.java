package no.nav.overgang.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every id below was computed for this test with the mod-11 rule (weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2;
 * remainder 0 gives 0, remainder 1 gives no valid check digit); the refused dates have right check digits, so that
 * only the date is wrong.
 */
class NationalIdTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "17053550088, fødselsnummer born 17 May 2035 (individual number 500-999 with year 00-39: nobody has it yet)",
            "31123950057, fødselsnummer born 31 December 2039",
            "29023650078, fødselsnummer born on 29 February 2036",
            "57053550071, D-number (day + 40), born 17 May 2035",
            "17458010056, NAV synthetic id (month + 40)",
            "15436840087, NAV synthetic id (month + 40) of the fixtures",
            "17858010039, Skatteetaten synthetic id (month + 80)"})
    void a_valid_national_id_is_accepted(String id, String kind) {
        assertThat(NationalId.problem(id)).as(kind).isNull();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "17058010074, second check digit wrong",
            "17058010063, first check digit wrong",
            "17058010400, individual number whose first check digit would be 10",
            "15436840088, the fixtures' synthetic id with its last digit changed"})
    void wrong_check_digits_are_refused(String id, String why) {
        assertThat(NationalId.problem(id)).as(why).isEqualTo("check digits do not match");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "00058010049, day 0",
            "32058010110, day 32",
            "72058010023, D-number with day 32",
            "30028010091, 30 February",
            "31048010000, 31 April",
            "17008010013, month 0",
            "17138010031, month 13",
            "17538010014, month 53 (13 + 40)"})
    void an_impossible_date_of_birth_is_refused(String id, String why) {
        assertThat(NationalId.problem(id)).as(why).isEqualTo("does not contain a valid date of birth");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1705801007", "170580100730", "1705801007A", "17O58010073", "170580 10073",
            "+4717058010"})
    void anything_but_eleven_digits_is_refused(String id) {
        assertThat(NationalId.problem(id)).isEqualTo("must be 11 digits");
    }

    @Test
    void the_problem_never_repeats_the_id() {
        for (String id : new String[] {"17058010074", "30028010091", "1705801007A"}) {
            assertThat(NationalId.problem(id)).isNotNull().doesNotContain(id);
        }
    }
}
