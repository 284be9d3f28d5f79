package no.nav.overgang.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class SurvivalCsvTest {

    @Test
    void columns_may_come_in_any_order_with_spaces_blank_lines_and_a_byte_order_mark() {
        SurvivalData data = read("\uFEFFevent, time ,group,stratum\n1,12.5,pilot,AAP\n\n0,30,control,SYKEPENGER\n");

        assertThat(data.size()).isEqualTo(2);
        assertThat(data.groups()).containsExactly("pilot", "control");
        assertThat(data.strata()).containsExactly("AAP", "SYKEPENGER");
        assertThat(data.timeColumn()).containsExactly(12.5, 30);
        assertThat(data.eventColumn()).containsExactly(true, false);
    }

    @Test
    void groups_are_numbered_in_order_of_first_appearance() {
        SurvivalData data = read("group,time,event\ncontrol,1,1\npilot,2,1\ncontrol,3,0\n");

        assertThat(data.groups()).containsExactly("control", "pilot");
        assertThat(data.groupColumn()).containsExactly(0, 1, 0);
    }

    @Test
    void negative_or_missing_values_and_empty_names_are_named_by_line() {
        assertThatThrownBy(() -> read("group,time,event\npilot,-1,1\n,3,1\npilot,NaN,0\n"))
                .isInstanceOfSatisfying(InvalidSurvivalInputException.class, e -> assertThat(e.problems())
                        .containsExactly("line 2: time must be a finite number, zero or more",
                                "line 3: group is empty",
                                "line 4: time must be a finite number, zero or more"));
    }

    @Test
    void other_columns_are_ignored_so_that_the_analysis_dataset_export_can_be_read_as_it_is() {
        SurvivalData data = read("case,group,office,time,event\nab12,pilot,0315,4,1\ncd34,control,0315,7,0\n");

        assertThat(data.groups()).containsExactly("pilot", "control");
        assertThat(data.timeColumn()).containsExactly(4, 7);
        assertThatThrownBy(() -> read("case,group,office,time,event\nab12,pilot,4,1\n"))
                .hasMessage("line 2: expected 5 fields, found 4");
    }

    @Test
    void a_repeated_column_and_an_empty_file_are_refused() {
        assertThatThrownBy(() -> read("group,time,event,time\n")).hasMessage("line 1: column time appears twice");
        assertThatThrownBy(() -> read("")).hasMessageContaining("the header is missing");
        assertThatThrownBy(() -> read("group,time,event\n")).hasMessage("line 2: there are no cases after the header");
    }

    @Test
    void at_most_twenty_problems_are_reported() {
        String csv = "group,time,event\n" + "pilot,x,1\n".repeat(50);

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(InvalidSurvivalInputException.class,
                e -> assertThat(e.problems()).hasSize(20).last().isEqualTo("line 21: time is not a number"));
    }

    private static SurvivalData read(String csv) {
        return SurvivalCsv.read(new StringReader(csv));
    }
}
