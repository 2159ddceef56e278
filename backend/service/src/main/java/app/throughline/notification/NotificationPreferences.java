package app.throughline.notification;

import app.throughline.api.InvalidRequest;
import app.throughline.events.EventTypes;
import app.throughline.notification.NotificationDtos.Channel;
import app.throughline.notification.NotificationDtos.Digest;
import app.throughline.notification.NotificationDtos.Preferences;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Each user's channel per event type (in_app when they never chose), digest option and time zone. */
@ApplicationScoped
public class NotificationPreferences {

    private final NotificationRepository repository;
    private final ObjectMapper json;

    NotificationPreferences(NotificationRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** The user's preferences, every event type listed (defaults filled in). */
    public Preferences of(UUID userId) {
        Map<String, Channel> types = new TreeMap<>();
        EventTypes.ALL.forEach(t -> types.put(t, Channel.in_app));
        Digest digest = Digest.none;
        String zone = null;
        Object[] row = repository.preferences(userId).orElse(null);
        if (row != null) {
            types.putAll(parse((String) row[0]));
            digest = Digest.valueOf((String) row[1]);
            zone = (String) row[2];
        }
        return new Preferences(types, digest, zone);
    }

    /** The channels the user chose (types absent from the map: in_app). */
    Map<String, Channel> channels(UUID userId) {
        return repository.preferences(userId).map(r -> parse((String) r[0])).orElse(Map.of());
    }

    /** Whether the user chose the daily digest (then e-mail waits for the digest instead of going out per event). */
    boolean dailyDigest(UUID userId) {
        return repository.preferences(userId).map(r -> "daily".equals(r[1])).orElse(false);
    }

    /** Replaces the user's preferences; types not named go back to in_app. 422 for an unknown event type. */
    public Preferences save(UUID userId, Preferences request) {
        Map<String, Channel> chosen = new TreeMap<>();
        request.types().forEach((type, channel) -> {
            if (!EventTypes.ALL.contains(type)) {
                throw InvalidRequest.field(
                        "types." + type, "is not an event type; known types: " + String.join(", ", EventTypes.ALL));
            }
            if (channel == null) {
                throw InvalidRequest.field("types." + type, "must be one of in_app, email, off");
            }
            chosen.put(type, channel);
        });
        String zone = request.timeZone() == null || request.timeZone().isBlank()
                ? null
                : request.timeZone().trim();
        if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw InvalidRequest.field("timeZone", "is not an IANA time zone name (such as Europe/Berlin)");
        }
        try {
            repository.savePreferences(
                    userId, json.writeValueAsString(chosen), request.digest().name(), zone, Instant.now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return of(userId);
    }

    private Map<String, Channel> parse(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, Channel>>() {});
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
