package no.nav.overgang.coordinator.randomisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import no.nav.overgang.events.payload.MeasuresAuthority;

class PermutedBlockRandomiserTest {

    private static final String SALT = "test-salt-not-for-production";
    private static final Arm CONTROL = new Arm("control", false, null, 1);
    private static final Arm PILOT_OFFICE = new Arm("pilot-office", true, MeasuresAuthority.NAV_OFFICE, 1);
    private static final Arm PILOT_UNIT = new Arm("pilot-unit", true, MeasuresAuthority.BENEFITS_UNIT, 1);

    @Test
    void within_every_stratum_the_arms_never_differ_by_more_than_one_block() {
        var randomiser = randomiser(SALT, CONTROL, PILOT_OFFICE, PILOT_UNIT);
        for (String stratum : List.of("SYKEPENGER|0315", "AAP|0315", "SYKEPENGER|1201", "UFORETRYGD|5001")) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < 500; i++) {
                String arm = randomiser.assign(new Randomiser.Allocation("case-" + i, stratum, "0315")).arm().id();
                counts.merge(arm, 1, Integer::sum);
                int spread = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0)
                        - (counts.size() < 3 ? 0 : counts.values().stream().mapToInt(Integer::intValue).min().orElse(0));
                assertThat(spread).as("largest minus smallest arm in %s after %d cases", stratum, i + 1)
                        .isLessThanOrEqualTo(2);
            }
            assertThat(counts.values()).as("500 cases of %s over three arms", stratum)
                    .allSatisfy(count -> assertThat(count).isBetween(165, 168));
        }
    }

    @Test
    void weights_2_1_1_give_control_half_of_every_stratum() {
        var randomiser = randomiser(SALT, new Arm("control", false, null, 2), PILOT_OFFICE, PILOT_UNIT);

        Map<String, Long> perArm = IntStream.range(0, 400)
                .mapToObj(i -> randomiser.assign(new Randomiser.Allocation("case-" + i, "AAP|1201", "1201")).arm().id())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(perArm.get("control")).as("control of 400 at weight 2 of 4").isBetween(196L, 204L);
    }

    @Test
    void the_same_salt_replays_the_same_allocation_and_records_each_position() {
        List<Assignment> first = allocate(randomiser(SALT, CONTROL, PILOT_OFFICE, PILOT_UNIT), 60);
        List<Assignment> replayed = allocate(randomiser(SALT, CONTROL, PILOT_OFFICE, PILOT_UNIT), 60);

        assertThat(replayed).isEqualTo(first);
        assertThat(first).extracting(Assignment::allocationIndex).containsExactlyElementsOf(
                IntStream.range(0, 60).boxed().toList());
        assertThat(first).allSatisfy(a -> {
            assertThat(a.method()).isEqualTo(PermutedBlockRandomiser.METHOD);
            assertThat(a.methodVersion()).isEqualTo(PermutedBlockRandomiser.VERSION);
        });
    }

    @Test
    void another_salt_gives_another_block_list_so_the_salt_conceals_it() {
        List<String> ours = arms(allocate(randomiser(SALT, CONTROL, PILOT_OFFICE, PILOT_UNIT), 60));
        List<String> theirs = arms(allocate(randomiser("another-salt-of-16-chars-or-more", CONTROL, PILOT_OFFICE,
                PILOT_UNIT), 60));

        long same = IntStream.range(0, 60).filter(i -> ours.get(i).equals(theirs.get(i))).count();
        assertThat(same).as("positions with the same arm under another salt, of 60 (about 20 by chance)")
                .isBetween(8L, 34L);
    }

    @Test
    void block_sizes_vary_so_the_end_of_a_block_cannot_be_counted() {
        BlockList blocks = new BlockList(SALT, List.of(CONTROL, PILOT_OFFICE, PILOT_UNIT));

        var sizes = IntStream.range(0, 40).map(b -> blocks.block("stratum|SYKEPENGER|0315", b).size()).boxed()
                .collect(Collectors.toSet());

        assertThat(sizes).containsExactlyInAnyOrder(3, 6);
    }

    private static List<Assignment> allocate(Randomiser randomiser, int cases) {
        return IntStream.range(0, cases)
                .mapToObj(i -> randomiser.assign(new Randomiser.Allocation("case-" + i, "SYKEPENGER|0315", "0315")))
                .toList();
    }

    private static List<String> arms(List<Assignment> assignments) {
        return assignments.stream().map(a -> a.arm().id()).toList();
    }

    private static PermutedBlockRandomiser randomiser(String salt, Arm... arms) {
        Map<String, Integer> allocated = new HashMap<>();
        return new PermutedBlockRandomiser(
                new RandomisationProperties(List.of(arms), PermutedBlockRandomiser.METHOD, salt),
                stratum -> allocated.merge(stratum, 1, Integer::sum) - 1);
    }
}
