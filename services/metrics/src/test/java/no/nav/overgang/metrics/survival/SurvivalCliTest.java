package no.nav.overgang.metrics.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SurvivalCliTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void prints_the_same_json_as_the_api_for_a_csv_file() throws IOException {
        int status = run(file("aml.csv", AmlCsv.CSV).toString(), "--tau", "40");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.propertyNames()).containsExactly("groups", "logrank", "stratifiedLogrank", "cox", "rmst");
        assertThat(report.get("groups").get(1).get("median").asDouble()).isEqualTo(23);
        assertThat(report.get("cox").get("coef").asDouble()).isCloseTo(0.9155, within(5e-5));
        assertThat(report.get("rmst").get("tau").asDouble()).isEqualTo(40);
    }

    @Test
    void prints_a_readable_table_on_request() throws IOException {
        int status = run(file("aml.csv", AmlCsv.CSV).toString(), "--table");

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(table).contains("Maintained", "31", "18", "NA", "log-rank: chi-square 3.3964 on 1 df",
                "hazard ratio 2.4981");
    }

    @Test
    void unusable_input_exits_with_status_2_and_names_the_lines() throws IOException {
        int status = run(file("bad.csv", "group,time,event\npilot,3,yes\n").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2: event must be 1 (clarified) or 0 (censored)");
        assertThat(out.size()).isZero();
    }

    @Test
    void a_missing_file_or_argument_exits_with_status_2() {
        assertThat(run(folder.resolve("none.csv").toString())).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file", "usage:");
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private int run(String... args) {
        return SurvivalCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
