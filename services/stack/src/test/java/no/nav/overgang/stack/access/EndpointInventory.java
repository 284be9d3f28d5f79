package no.nav.overgang.stack.access;

import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import no.nav.overgang.stack.OvergangStack;
import no.nav.overgang.stack.ServiceKind;

/**
 * Every HTTP endpoint and page the running services answer, read from each service's Spring MVC handler mappings at
 * runtime: the controllers and pages, the actuator's endpoints and libraries' controllers (API docs, the error page).
 * Static files are served by resource handlers, not listed here; they are public by design ({@code /css/**}).
 */
final class EndpointInventory {

    private EndpointInventory() {
    }

    static SortedSet<Endpoint> of(OvergangStack stack) {
        SortedSet<Endpoint> endpoints = new TreeSet<>();
        for (ServiceKind kind : ServiceKind.values()) {
            ApplicationContext context = stack.context(kind);
            for (RequestMappingInfoHandlerMapping mapping
                    : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
                for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                    var methods = info.getMethodsCondition().getMethods();
                    for (String path : info.getPatternValues()) {
                        if (methods.isEmpty()) {
                            endpoints.add(new Endpoint(kind, "*", path));
                        }
                        for (RequestMethod method : methods) {
                            endpoints.add(new Endpoint(kind, method.name(), path));
                        }
                    }
                }
            }
        }
        return endpoints;
    }
}
