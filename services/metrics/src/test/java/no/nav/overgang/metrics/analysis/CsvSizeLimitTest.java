package no.nav.overgang.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import no.nav.overgang.metrics.survival.AmlCsv;

/** The body limit, with and without a Content-Length (a chunked upload is cut off while it is read). */
class CsvSizeLimitTest {

    private final SurvivalAnalysisController controller =
            new SurvivalAnalysisController(new AnalysisProperties(DataSize.ofBytes(100)));

    @Test
    void a_body_declared_larger_than_the_limit_is_refused_before_it_is_read() {
        MockHttpServletRequest request = csvRequest(AmlCsv.CSV);

        assertThatThrownBy(() -> controller.survival(null, request)).isInstanceOf(CsvTooLargeException.class)
                .hasMessageContaining("100 bytes");
    }

    @Test
    void a_body_without_a_length_is_cut_off_at_the_limit() {
        MockHttpServletRequest request = csvRequest(AmlCsv.CSV);

        assertThat(AmlCsv.CSV.length()).isGreaterThan(100);
        assertThatThrownBy(() -> controller.survival(null, unknownLength(request)))
                .isInstanceOf(CsvTooLargeException.class);
    }

    @Test
    void a_body_within_the_limit_is_analysed() throws Exception {
        String small = "group,time,event\npilot,3,1\npilot,5,0\ncontrol,4,1\ncontrol,6,1\n";

        assertThat(controller.survival(null, csvRequest(small)).groups()).hasSize(2);
    }

    private static MockHttpServletRequest csvRequest(String csv) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/analysis/survival");
        request.setContentType("text/csv");
        request.setContent(csv.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** MockHttpServletRequest reports its content's length; a chunked request reports −1. */
    private static MockHttpServletRequest unknownLength(MockHttpServletRequest request) {
        return new MockHttpServletRequest("POST", "/api/analysis/survival") {
            {
                setContentType("text/csv");
                setContent(request.getContentAsByteArray());
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
    }
}
