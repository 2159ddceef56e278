package app.throughline.api;

import java.math.BigDecimal;

/** Numbers as the API shows them: 3.000 in the database is 3 on the wire. */
public final class Decimals {

    private Decimals() {}

    public static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
