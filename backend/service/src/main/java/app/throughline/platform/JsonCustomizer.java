package app.throughline.platform;

import app.throughline.api.StrictJson;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Decimals as people write them (10, not 1E+1); bodies read strictly ({@link StrictJson}). */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    /** Last, so the strict date readers replace the ones the Java time module registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        StrictJson.configure(mapper);
    }
}
