package app.throughline.feed;

import app.throughline.api.ResourceNotFound;
import app.throughline.auth.CurrentUser;
import app.throughline.auth.Secrets;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Calendar feeds at secret, revocable URLs (only the token's SHA-256 is stored): a personal feed of
 * the user's task deadlines and finishes and the milestones they own, and a project feed of its
 * milestones and deadlines. Every item is an all-day event with a stable UID and a SEQUENCE that
 * grows when the item changes. Unknown and revoked tokens, and feeds of people who left the
 * workspace, answer 404.
 */
@ApplicationScoped
public class CalendarFeedService {

    static final int TOKEN_LENGTH = 43;
    static final int HINT_LENGTH = 4;

    /** A created feed: its id (to revoke it) and its secret URL, shown once. */
    public record Created(UUID id, String url) {}

    /** A live feed in its owner's list: never the token or URL, only a masked hint of the token. */
    @Schema(name = "CalendarFeed")
    public record Summary(
            UUID id,

            @Schema(
                    description = "personal: your work; project: one project's milestones and deadlines",
                    example = "personal")
            String kind,

            @Schema(description = "The project of a project feed, else absent")
            UUID projectId,

            Instant createdAt,

            @Schema(description = "When a calendar application last fetched the feed; absent if never")
            Instant lastUsedAt,

            @Schema(description = "The token's first characters, to tell feeds apart", example = "k3J9…")
            String hint) {
        static Summary of(CalendarFeedRepository.Listed f) {
            return new Summary(
                    f.id(),
                    f.projectId() == null ? "personal" : "project",
                    f.projectId(),
                    f.createdAt(),
                    f.lastUsedAt(),
                    f.hint() == null ? "…" : f.hint() + "…");
        }
    }

    /** A list of feeds. */
    @Schema(name = "CalendarFeedList")
    public record Listing(List<Summary> items) {}

    private final CalendarFeedRepository feeds;
    private final ProjectService projects;
    private final CurrentUser currentUser;

    CalendarFeedService(CalendarFeedRepository feeds, ProjectService projects, CurrentUser currentUser) {
        this.feeds = feeds;
        this.projects = projects;
        this.currentUser = currentUser;
    }

    @Transactional
    public Created createPersonal() {
        return create(null, null);
    }

    @Transactional
    public Created createForProject(UUID projectId) {
        Project project = projects.readable(projectId);
        return create(project.workspaceId, project.id);
    }

    /** Your live personal feeds, newest first. */
    @Transactional
    public Listing listPersonal() {
        return new Listing(
                feeds.listLive(currentUser.id(), null).stream().map(Summary::of).toList());
    }

    /** Your live feeds of the project, newest first (the project must be readable: else 404). */
    @Transactional
    public Listing listForProject(UUID projectId) {
        Project project = projects.readable(projectId);
        return new Listing(feeds.listLive(currentUser.id(), project.id).stream()
                .map(Summary::of)
                .toList());
    }

    private Created create(UUID workspaceId, UUID projectId) {
        String token = Secrets.random(TOKEN_LENGTH);
        UUID id = UUID.randomUUID();
        feeds.insert(
                id,
                currentUser.id(),
                workspaceId,
                projectId,
                Secrets.sha256Hex(token),
                token.substring(0, HINT_LENGTH),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        return new Created(id, "/api/v1/calendar-feeds/" + token + ".ics");
    }

    /** Revokes one of your feeds; it answers 404 from then on. Others' feeds: 404. */
    @Transactional
    public void revoke(UUID id) {
        CalendarFeedRepository.Feed feed = feeds.byId(id)
                .filter(f -> f.revokedAt() == null && f.userId().equals(currentUser.id()))
                .orElseThrow(() -> new ResourceNotFound("Calendar feed " + id + " does not exist"));
        feeds.revoke(feed.id(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** The feed as iCalendar text (RFC 5545). */
    @Transactional
    public String ics(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            throw notFound();
        }
        CalendarFeedRepository.Feed feed = feeds.byTokenHash(Secrets.sha256Hex(token))
                .filter(f -> f.revokedAt() == null)
                .filter(f -> f.workspaceId() == null || feeds.isMember(f.userId(), f.workspaceId()))
                .orElseThrow(CalendarFeedService::notFound);
        feeds.touch(feed.id(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        List<CalendarFeedRepository.Item> items =
                feed.projectId() == null ? feeds.personalItems(feed.userId()) : feeds.projectItems(feed.projectId());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Throughline//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", feed.projectId() == null ? "Throughline: my work" : "Throughline"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (CalendarFeedRepository.Item item : items) {
            if (item.date() == null) {
                continue;
            }
            int sequence = feeds.sequence(item.uid(), Secrets.sha256Hex(item.summary() + "|" + item.date()));
            // a LocalDate start makes DTSTART;VALUE=DATE: an all-day event
            VEvent event = new VEvent(item.date(), item.date().plusDays(1), item.summary());
            event.add(new Uid(item.uid()));
            event.add(new Sequence(sequence));
            event.replace(new DtStamp(now));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static ResourceNotFound notFound() {
        return new ResourceNotFound("This calendar feed does not exist or was revoked");
    }
}
