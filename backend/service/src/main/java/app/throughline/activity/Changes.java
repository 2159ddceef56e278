package app.throughline.activity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the fields a write actually changed. Services call {@link #set} for each field they
 * might change; unchanged values leave no trace, so the log holds only real changes.
 */
public final class Changes {

    private final Map<String, Change> fields = new LinkedHashMap<>();

    /** Records {@code field} if the value differs, and returns the new value for assignment. */
    public <T> T set(String field, T oldValue, T newValue) {
        if (!Objects.equals(normalise(oldValue), normalise(newValue))) {
            fields.put(field, new Change(normalise(oldValue), normalise(newValue)));
        }
        return newValue;
    }

    /** For create and delete: every field with its one value. */
    public Changes snapshot(String field, Object value, boolean created) {
        if (value != null) {
            Object shown = normalise(value);
            fields.put(field, created ? new Change(null, shown) : new Change(shown, null));
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Map<String, Change> fields() {
        return fields;
    }

    // 2.50 and 2.5 are the same duration
    private static Object normalise(Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        }
        if (value instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros();
        }
        return value;
    }
}
