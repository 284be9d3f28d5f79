package no.nav.overgang.platform.web;

import jakarta.servlet.Filter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Request size limits; the response headers are set by the security chain (PlatformSecurityConfiguration). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebLimits.class)
public class WebHardeningConfiguration {

    /** Right after the security chain, so a refused request still gets the security headers. */
    @Bean
    FilterRegistrationBean<Filter> requestSizeLimitFilter(WebLimits limits) {
        var registration = new FilterRegistrationBean<Filter>(new RequestSizeLimitFilter(limits));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
