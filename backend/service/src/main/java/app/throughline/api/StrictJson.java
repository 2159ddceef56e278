package app.throughline.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads request bodies as written, never as guessed: a number is not a status, a date or a name,
 * "true" is not a boolean, nothing may follow the document, and text and dates must be storable
 * ({@link InputRules}). A refusal names the field (see {@link ProblemMappers}).
 */
public final class StrictJson {

    private StrictJson() {}

    /** A value of the right type that the API still refuses; the message completes "field …". */
    public static final class RejectedValue extends JsonMappingException {
        RejectedValue(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    public static void configure(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] {
            LogicalType.Textual,
            LogicalType.Boolean,
            LogicalType.Integer,
            LogicalType.Float,
            LogicalType.Enum,
            LogicalType.DateTime
        }) {
            var coercion = mapper.coercionConfigFor(type);
            for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
            }) {
                // a whole number is a fine decimal (durationDays: 3); every other crossing is a mistake
                boolean wholeNumberAsDecimal = type == LogicalType.Float && shape == CoercionInputShape.Integer;
                boolean sameShape = (type == LogicalType.Integer && shape == CoercionInputShape.Integer)
                        || (type == LogicalType.Float && shape == CoercionInputShape.Float)
                        || (type == LogicalType.Boolean && shape == CoercionInputShape.Boolean);
                if (!wholeNumberAsDecimal && !sameShape) {
                    coercion.setCoercion(shape, CoercionAction.Fail);
                }
            }
            if (type != LogicalType.Textual && type != LogicalType.Enum && type != LogicalType.DateTime) {
                coercion.setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            }
            coercion.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        SimpleModule module = new SimpleModule("throughline-strict-input");
        module.addDeserializer(String.class, new StorableText());
        module.addDeserializer(LocalDate.class, new PlanDate());
        module.addDeserializer(OffsetDateTime.class, new PlanDateTime());
        mapper.registerModule(module);
    }

    static final class StorableText extends StdScalarDeserializer<String> {
        StorableText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            var problem = InputRules.textProblem(text);
            if (problem.isPresent()) {
                throw new RejectedValue(p, problem.get());
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    static final class PlanDate extends StdScalarDeserializer<LocalDate> {
        PlanDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText().trim();
            LocalDate date;
            try {
                // ISO yyyy-MM-dd only: "+99999-01-01" and "-2027-01-01" are valid ISO but no plan's date
                if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new RejectedValue(p, "'" + text + "' is not a valid date (YYYY-MM-DD)");
                }
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new RejectedValue(p, "'" + text + "' is not a valid date (YYYY-MM-DD)");
            }
            if (!InputRules.inRange(date)) {
                throw new RejectedValue(p, InputRules.DATE_RANGE);
            }
            return date;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    static final class PlanDateTime extends StdScalarDeserializer<OffsetDateTime> {
        PlanDateTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
            }
            String text = p.getText().trim();
            OffsetDateTime time;
            try {
                time = OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new RejectedValue(p, "'" + text + "' is not a valid date-time (YYYY-MM-DDThh:mm:ssZ)");
            }
            if (!InputRules.inRange(time)) {
                throw new RejectedValue(p, InputRules.DATE_RANGE);
            }
            return time;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
