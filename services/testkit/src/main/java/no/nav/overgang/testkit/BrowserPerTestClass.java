package no.nav.overgang.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a {@link ServiceTest}'s test methods a {@link HeadlessChromium} parameter: one browser per test class,
 * started at its first use against the service's random port and closed after the class's last test. Tests that
 * declare no such parameter start no browser.
 */
public final class BrowserPerTestClass implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserPerTestClass.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HeadlessChromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context.getParent().orElse(context);
        return classContext.getStore(NAMESPACE).computeIfAbsent(HeadlessChromium.class, type -> start(context),
                HeadlessChromium.class);
    }

    private static HeadlessChromium start(ExtensionContext context) {
        Integer port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new ParameterResolutionException("a browser needs the service on a port: use @ServiceTest");
        }
        try {
            return new HeadlessChromium(port);
        } catch (Exception e) {
            throw new ParameterResolutionException("could not start headless Chromium", e);
        }
    }
}
