package no.nav.overgang.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies a service reads, under {@code overgang.web}; larger ones get 413 with a problem
 * detail before anything reads them. Other content types (e.g. the metrics service's CSV) have their own limits
 * where they are read.
 *
 * @param maxJsonSize JSON bodies ({@code application/json}, {@code application/*+json})
 * @param maxFormSize form posts ({@code application/x-www-form-urlencoded}, {@code multipart/form-data})
 */
@ConfigurationProperties("overgang.web")
public record WebLimits(@DefaultValue("1MB") DataSize maxJsonSize, @DefaultValue("64KB") DataSize maxFormSize) {
}
