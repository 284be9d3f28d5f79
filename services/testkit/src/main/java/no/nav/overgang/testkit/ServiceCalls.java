package no.nav.overgang.testkit;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Calls a service's JSON API on this machine as the holder of a token and answers whatever it answers — status,
 * headers and body as text — so that tests can assert refusals as well as successes.
 */
public record ServiceCalls(int port) {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    public ResponseEntity<String> get(String path, String bearer) {
        return call(HttpMethod.GET, path, bearer, null);
    }

    public ResponseEntity<String> post(String path, String bearer, String jsonBody) {
        return call(HttpMethod.POST, path, bearer, jsonBody);
    }

    /**
     * The path and query of the next page of a paged list, from the response's {@code Link} header with
     * {@code rel="next"}; null on the last page.
     */
    public static String nextPage(ResponseEntity<?> page) {
        for (String link : page.getHeaders().getOrEmpty(HttpHeaders.LINK)) {
            Matcher next = NEXT.matcher(link);
            if (next.find()) {
                URI uri = URI.create(next.group(1));
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        }
        return null;
    }

    /** @param jsonBody the JSON body; null for none */
    public ResponseEntity<String> call(HttpMethod method, String path, String bearer, String jsonBody) {
        var spec = RestClient.create("http://localhost:" + port).method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer);
        if (jsonBody != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
        }
        return spec.exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders()).body(new String(response.getBody().readAllBytes())));
    }
}
