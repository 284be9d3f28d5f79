package no.nav.overgang.platform.pages;

import java.util.Locale;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The bokmål sentences of one service's refusals and messages, from its own message bundle (the same one its pages
 * read, named per service so that services sharing a JVM do not read each other's). For code that throws a refusal
 * where no Spring bean is at hand, such as a lifecycle enum.
 */
public final class Texts {

    public static final Locale BOKMAL = Locale.of("nb", "NO");

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    /** @param basename the bundle, e.g. "conference-messages" for {@code conference-messages.properties} */
    public Texts(String basename) {
        source.setBasename(basename);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, BOKMAL);
    }

    /** The text, or null when the bundle has none for {@code key}. */
    public String find(String key, Object... args) {
        try {
            return get(key, args);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }
}
