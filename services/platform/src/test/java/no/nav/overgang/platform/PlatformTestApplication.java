package no.nav.overgang.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

import no.nav.overgang.platform.testapp.HandoverRecorder;

/**
 * The smallest service the platform can run in: one event handler and one controller (package {@code testapp}).
 * It sits at the root of the platform's packages so that every test below it finds it; it scans only {@code testapp}.
 */
@SpringBootApplication(scanBasePackageClasses = HandoverRecorder.class)
@PropertySource("classpath:overgang-platformtest.properties")
public class PlatformTestApplication {
}
