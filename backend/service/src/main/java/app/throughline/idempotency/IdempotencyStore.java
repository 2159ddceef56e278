package app.throughline.idempotency;

import app.throughline.idempotency.IdempotencyRepository.IdempotencyRecord;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Remembers POST requests by their {@code Idempotency-Key} for 24 hours. The claim is an insert
 * that commits at once, so two concurrent requests with one key cannot both run.
 */
@ApplicationScoped
public class IdempotencyStore {

    private final IdempotencyRepository records;

    IdempotencyStore(IdempotencyRepository records) {
        this.records = records;
    }

    sealed interface Claim permits Claimed, Replay, InProgress, DifferentRequest {}

    record Claimed() implements Claim {}

    record Replay(int status, String contentType, String location, String etag, String body) implements Claim {}

    record InProgress() implements Claim {}

    record DifferentRequest() implements Claim {}

    Claim claim(String scope, String key, String requestHash) {
        records.deleteIfExpired(scope, key);
        if (records.insertInProgress(scope, key, requestHash)) {
            return new Claimed();
        }
        Optional<IdempotencyRecord> found = records.find(scope, key);
        if (found.isEmpty()) {
            // released or expired between the insert and the read: try again
            return claim(scope, key, requestHash);
        }
        IdempotencyRecord record = found.get();
        if (!record.requestHash().equals(requestHash)) {
            return new DifferentRequest();
        }
        if (record.inProgress()) {
            return new InProgress();
        }
        return new Replay(record.status(), record.contentType(), record.location(), record.etag(), record.body());
    }

    void complete(String scope, String key, int status, String contentType, String location, String etag, String body) {
        records.complete(scope, key, status, contentType, location, etag, body);
    }

    /** Drops a claim whose request failed, so a retry runs again. */
    void release(String scope, String key) {
        records.deleteInProgress(scope, key);
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        records.deleteExpired();
    }
}
