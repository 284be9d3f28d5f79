package no.nav.overgang.conference.pages;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import no.nav.overgang.platform.pages.Texts;

/**
 * A form's failed checks as bokmål sentences for the page ("Sjekk skjemaet: Avtalt plan må fylles ut."): the field's
 * name and what is wrong, or the whole sentence {@code conference-messages.properties} has for that field and rule.
 */
final class FormErrors {

    private static final Texts TEXTS = new Texts("conference-messages");

    private FormErrors() {
    }

    static String describe(Collection<? extends ConstraintViolation<?>> violations) {
        return TEXTS.get("validation.check-form", violations.stream().map(FormErrors::sentence).distinct().sorted()
                .collect(Collectors.joining(" ")));
    }

    static String sentence(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName() == null ? field : node.getName();
        }
        String rule = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String sentence = TEXTS.find("validation." + field + "." + rule);
        if (sentence != null) {
            return sentence;
        }
        String label = TEXTS.find("field." + field);
        String problem = TEXTS.find("validation." + rule, violation.getConstraintDescriptor().getAttributes().get("max"));
        return (label == null ? field : label) + " " + (problem == null ? TEXTS.get("validation.invalid") : problem)
                + ".";
    }
}
