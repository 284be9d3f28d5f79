package no.nav.overgang.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the contract's instants and dates with {@link PlainTimes} first: every envelope has two instants and most
 * payloads dates, and Jackson's formatter-based readers were a tenth of a downstream consumer's time. A text in any
 * other shape (an offset without a colon, a number) goes to Jackson's own reader, so what is accepted is unchanged.
 */
final class PlainTimeModule extends SimpleModule {

    PlainTimeModule() {
        super("overgang-plain-times");
        addDeserializer(Instant.class, new Plain<>(Instant.class, text -> {
            OffsetDateTime time = PlainTimes.offsetDateTime(text);
            return time == null ? null : time.toInstant();
        }, InstantDeserializer.INSTANT));
        addDeserializer(LocalDate.class, new Plain<>(LocalDate.class, PlainTimes::date, LocalDateDeserializer.INSTANCE));
    }

    /** The plain reading of a string token, else Jackson's reader. */
    private static final class Plain<T> extends ValueDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> plain;
        private final ValueDeserializer<? extends T> general;

        private Plain(Class<T> type, Function<String, T> plain, ValueDeserializer<? extends T> general) {
            this.type = type;
            this.plain = plain;
            this.general = general;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                T read = plain.apply(parser.getString());
                if (read != null) {
                    return read;
                }
            }
            return general.deserialize(parser, context);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
