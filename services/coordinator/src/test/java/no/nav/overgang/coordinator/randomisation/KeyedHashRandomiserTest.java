package no.nav.overgang.coordinator.randomisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import no.nav.overgang.events.payload.MeasuresAuthority;

class KeyedHashRandomiserTest {

    private static final String SALT = "test-salt-not-for-production";
    private static final int CASES = 3_000;

    private static final Arm CONTROL = new Arm("control", false, null, 1);
    private static final Arm PILOT_OFFICE = new Arm("pilot-office", true, MeasuresAuthority.NAV_OFFICE, 1);
    private static final Arm PILOT_UNIT = new Arm("pilot-unit", true, MeasuresAuthority.BENEFITS_UNIT, 1);

    @Test
    void the_same_case_key_always_gets_the_same_arm() {
        String caseKey = "9f2c4e1a7b3d5f60a1b2c3d4e5f60718";
        Assignment first = randomiser(SALT, CONTROL, PILOT_OFFICE, PILOT_UNIT).assign(caseKey);

        for (int replay = 0; replay < 20; replay++) {
            var freshRandomiser = randomiser(SALT, CONTROL, PILOT_OFFICE, PILOT_UNIT);
            assertThat(freshRandomiser.assign(caseKey)).as("replay %d", replay).isEqualTo(first);
        }
        assertThat(first.method()).isEqualTo(KeyedHashRandomiser.METHOD);
        assertThat(first.methodVersion()).isEqualTo(KeyedHashRandomiser.VERSION);
    }

    @Test
    void another_salt_gives_another_allocation_so_the_salt_conceals_it() {
        var withOurSalt = randomiser(SALT, CONTROL, PILOT_OFFICE, PILOT_UNIT);
        var withAnotherSalt = randomiser("another-salt-of-16-chars-or-more", CONTROL, PILOT_OFFICE, PILOT_UNIT);
        List<String> caseKeys = caseKeys(300);

        long differing = caseKeys.stream()
                .filter(key -> !withOurSalt.assign(key).arm().equals(withAnotherSalt.assign(key).arm()))
                .count();

        // independent allocations over three equal arms differ for about two in three cases
        assertThat(differing).as("cases whose arm changed with the salt, of %d", caseKeys.size())
                .isBetween(150L, 250L);
    }

    @Test
    void with_equal_weights_each_of_three_arms_gets_about_a_third_of_3000_cases() {
        Map<String, Long> perArm = allocate(randomiser(SALT, CONTROL, PILOT_OFFICE, PILOT_UNIT), caseKeys(CASES));

        assertThat(perArm).containsOnlyKeys("control", "pilot-office", "pilot-unit");
        perArm.forEach((arm, count) -> assertThat(share(count)).as("share of arm %s", arm)
                .isBetween(0.30, 0.367));
    }

    @Test
    void weights_2_1_1_give_the_heavy_arm_about_half_of_the_cases() {
        Arm heavyControl = new Arm("control", false, null, 2);

        Map<String, Long> perArm = allocate(randomiser(SALT, heavyControl, PILOT_OFFICE, PILOT_UNIT), caseKeys(CASES));

        assertThat(share(perArm.get("control"))).as("share of control, weight 2 of 4").isCloseTo(0.50, within(0.04));
        assertThat(share(perArm.get("pilot-office"))).as("share of pilot-office, weight 1 of 4")
                .isCloseTo(0.25, within(0.03));
        assertThat(share(perArm.get("pilot-unit"))).as("share of pilot-unit, weight 1 of 4")
                .isCloseTo(0.25, within(0.03));
    }

    private static KeyedHashRandomiser randomiser(String salt, Arm... arms) {
        return new KeyedHashRandomiser(new RandomisationProperties(List.of(arms), KeyedHashRandomiser.METHOD, salt));
    }

    private static Map<String, Long> allocate(KeyedHashRandomiser randomiser, List<String> caseKeys) {
        return caseKeys.stream().map(key -> randomiser.assign(key).arm().id())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static double share(long count) {
        return (double) count / CASES;
    }

    /** Random case keys like the intake's (32 hex characters), from a fixed seed so a failure can be reproduced. */
    private static List<String> caseKeys(int count) {
        Random random = new Random(20260302L);
        return IntStream.range(0, count).mapToObj(i -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }).toList();
    }
}
