package no.nav.overgang.coordinator.randomisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import no.nav.overgang.events.payload.MeasuresAuthority;

class ClusterRandomiserTest {

    private static final String SALT = "test-salt-not-for-production";
    private static final List<Arm> ARMS = List.of(new Arm("control", false, null, 1),
            new Arm("pilot-office", true, MeasuresAuthority.NAV_OFFICE, 1),
            new Arm("pilot-unit", true, MeasuresAuthority.BENEFITS_UNIT, 1));
    private static final List<String> TWELVE_OFFICES = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> "%04d".formatted(300 + i)).toList();

    @Test
    void every_case_of_an_office_gets_the_office_arm() {
        var randomiser = randomiser(TWELVE_OFFICES);

        var armsOfOffice0303 = IntStream.range(0, 50)
                .mapToObj(i -> randomiser.assign(new Randomiser.Allocation("case-" + i, "AAP|0303", "0303")).arm())
                .distinct().toList();

        assertThat(armsOfOffice0303).hasSize(1);
    }

    @Test
    void twelve_offices_over_three_equal_arms_give_each_arm_four_offices_or_a_block_apart() {
        var randomiser = randomiser(TWELVE_OFFICES);

        Map<String, Long> officesPerArm = TWELVE_OFFICES.stream()
                .map(office -> randomiser.assign(new Randomiser.Allocation("x", "SYKEPENGER|" + office, office))
                        .arm().id())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(officesPerArm).containsOnlyKeys("control", "pilot-office", "pilot-unit");
        assertThat(officesPerArm.values()).allSatisfy(n -> assertThat(n).isBetween(2L, 6L));
    }

    @Test
    void appending_an_office_leaves_the_arms_of_the_others_as_they_were() {
        var before = randomiser(TWELVE_OFFICES);
        var after = randomiser(concat(TWELVE_OFFICES, "0399"));

        for (String office : TWELVE_OFFICES) {
            var allocation = new Randomiser.Allocation("x", "AAP|" + office, office);
            assertThat(after.assign(allocation)).as("office %s", office).isEqualTo(before.assign(allocation));
        }
        assertThat(after.assign(new Randomiser.Allocation("x", "AAP|0303", "0303")).method())
                .isEqualTo(ClusterRandomiser.METHOD);
    }

    @Test
    void an_office_outside_the_pilot_has_no_arm() {
        assertThatThrownBy(() -> randomiser(TWELVE_OFFICES).assign(new Randomiser.Allocation("x", "AAP|1103", "1103")))
                .hasMessageContaining("office 1103 is not in the pilot");
    }

    @Test
    void cluster_randomisation_without_a_list_of_offices_is_refused_at_start() {
        assertThatThrownBy(() -> randomiser(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overgang.coordinator.pilot.offices");
    }

    private static ClusterRandomiser randomiser(List<String> offices) {
        return new ClusterRandomiser(new RandomisationProperties(ARMS, ClusterRandomiser.METHOD, SALT), offices);
    }

    private static List<String> concat(List<String> offices, String office) {
        return java.util.stream.Stream.concat(offices.stream(), java.util.stream.Stream.of(office)).toList();
    }
}
