package no.nav.overgang.testkit;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of a whole service on a random port, wired to the {@link Infrastructure#shared() shared infrastructure}.
 * A test method that declares a {@link HeadlessChromium} parameter gets the class's browser
 * ({@link BrowserPerTestClass}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@ExtendWith(BrowserPerTestClass.class)
public @interface ServiceTest {
}
