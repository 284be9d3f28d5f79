package no.nav.overgang.platform.testapp;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints the hardening tests call: a JSON write, a form write, a page, and an endpoint that fails with SQL. */
@RestController
public class HardeningController {

    private final JdbcTemplate jdbc;

    public HardeningController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping(path = "/api/test/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> echo(@RequestBody Map<String, Object> body) {
        return Map.of("keys", body.size());
    }

    @PostMapping(path = "/api/test/form", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public String form(@RequestParam String text) {
        return "length " + text.length();
    }

    @GetMapping(path = "/sider/test", produces = MediaType.TEXT_HTML_VALUE)
    public String page() {
        return "<!DOCTYPE html><html lang=\"nb\"><head><title>Test</title></head><body><h1>Test</h1></body></html>";
    }

    @PostMapping(path = "/sider/test", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public String pageForm(@RequestParam String text) {
        return "saved " + text.length();
    }

    @GetMapping("/api/test/broken")
    public Integer broken() {
        return jdbc.queryForObject("SELECT no_such_column FROM audit_log WHERE national_id = '15436840087'",
                Integer.class);
    }
}
