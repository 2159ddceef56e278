package app.throughline.api;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/** Date query parameters obey the same window as dates in bodies ({@link InputRules}). */
@Provider
public class DateParameters implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> DATES = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            if (value == null) {
                return null;
            }
            LocalDate date = LocalDate.parse(value);
            if (!InputRules.inRange(date)) {
                // ParameterDiagnosis turns the failed conversion into a 400 naming the parameter
                throw new IllegalArgumentException(InputRules.DATE_RANGE);
            }
            return date;
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) DATES : null;
    }
}
