package no.nav.overgang.metrics.analysis;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.nav.overgang.metrics.survival.InvalidSurvivalInputException;
import no.nav.overgang.metrics.survival.SurvivalAnalysis;
import no.nav.overgang.metrics.survival.SurvivalCsv;
import no.nav.overgang.metrics.survival.SurvivalReport;

/**
 * Time-to-clarification analysis of a CSV the caller sends ({@code group,time,event[,stratum]}): Kaplan–Meier per
 * group, log-rank (stratified when strata are given), Cox hazard ratio and, with {@code tau}, restricted mean
 * time. The same code as the command-line tool ({@code SurvivalCli}). It reads no person data of the service, so
 * there is nothing to audit-log or to suppress: the caller analyses data they already hold.
 */
@RestController
@RequestMapping("/api/analysis")
public class SurvivalAnalysisController {

    static final String TEXT_CSV = "text/csv";

    private final AnalysisProperties properties;

    public SurvivalAnalysisController(AnalysisProperties properties) {
        this.properties = properties;
    }

    @PostMapping(path = "/survival", consumes = TEXT_CSV, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('EVALUATOR', 'STATISTICIAN', 'PILOT_ADMIN')")
    public SurvivalReport survival(@RequestParam(required = false) Double tau, HttpServletRequest request)
            throws IOException {
        long limit = properties.maxCsvSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new CsvTooLargeException(limit);
        }
        Charset charset = charset(request.getCharacterEncoding());
        try (var reader = new InputStreamReader(new Limited(request.getInputStream(), limit), charset)) {
            return SurvivalAnalysis.analyse(SurvivalCsv.read(reader), tau);
        }
    }

    private static Charset charset(String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidSurvivalInputException("the charset of the CSV is not supported; send UTF-8");
        }
    }

    /** Refuses to read past the limit, for bodies sent without a Content-Length (chunked). */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new CsvTooLargeException(limit);
            }
        }
    }
}
