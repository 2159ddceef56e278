package app.throughline.platform;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Native queries answering one column, in a form whose plan Hibernate can cache.
 *
 * <p>{@code createNativeQuery(sql, UUID.class)} gives the query a result builder without
 * {@code equals} (Hibernate 7.2's implicit result-class builder), so no execution ever finds its
 * plan again and each one adds another: the plan cache filled with two thousand copies of the same
 * few statements, every lookup compared the SQL text with hundreds of them, and the entity queries'
 * plans were pushed out. A named scalar column makes the cache key comparable.
 */
public final class ScalarQueries {

    private ScalarQueries() {}

    /** {@code sql} answers the single column {@code column}, read as {@code type}. */
    @SuppressWarnings("unchecked")
    public static <T> NativeQuery<T> of(EntityManager session, String sql, String column, Class<T> type) {
        return (NativeQuery<T>)
                session.unwrap(Session.class).createNativeQuery(sql).addScalar(column, type);
    }
}
