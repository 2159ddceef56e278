package app.throughline.api;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ReferenceType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * PATCH bodies tell three states apart with {@code Optional} fields: absent (null: leave the field
 * as it is), {@code null} ({@code Optional.empty()}: clear it) and a value. Jackson would turn an
 * absent {@code Optional} record component into {@code Optional.empty()} too; this makes it null.
 */
@Singleton
public class AbsentOptionalFields implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("absent-optional-fields");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyReferenceDeserializer(
                    DeserializationConfig config,
                    ReferenceType type,
                    BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return type.hasRawClass(Optional.class) ? new AbsentAsNull(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    private static final class AbsentAsNull extends DelegatingDeserializer {

        AbsentAsNull(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new AbsentAsNull(delegate);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
