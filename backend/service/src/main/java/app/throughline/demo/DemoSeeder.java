package app.throughline.demo;

import app.throughline.auth.PasswordHasher;
import app.throughline.auth.User;
import app.throughline.auth.UserRepository;
import app.throughline.platform.ThroughlineConfig;
import app.throughline.workspace.Workspace;
import app.throughline.workspace.WorkspaceService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seeds the demo workspace "Northwind Agency" and its coordinator login exactly once per database:
 * a marker row records that it happened, and an advisory lock keeps two replicas starting together
 * from both seeding. Features add their demo content by observing {@link DemoWorkspaceSeeded}.
 */
@ApplicationScoped
public class DemoSeeder {

    public static final String EMAIL = "coordinator@example.com";
    public static final String PASSWORD = "throughline-demo";
    public static final String WORKSPACE = "Northwind Agency";
    private static final String MARKER = "demo-seeded";

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    private final ThroughlineConfig config;
    private final SeedMarkers markers;
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final WorkspaceService workspaces;
    private final Event<DemoWorkspaceSeeded> seeded;

    DemoSeeder(
            ThroughlineConfig config,
            SeedMarkers markers,
            UserRepository users,
            PasswordHasher passwords,
            WorkspaceService workspaces,
            Event<DemoWorkspaceSeeded> seeded) {
        this.config = config;
        this.markers = markers;
        this.users = users;
        this.passwords = passwords;
        this.workspaces = workspaces;
        this.seeded = seeded;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demo().seed()) {
            seedOnce();
        }
    }

    /** Seeds unless this database was seeded before; returns whether it seeded now. */
    @Transactional
    @ActivateRequestContext
    public boolean seedOnce() {
        markers.lockForSeeding();
        if (markers.isMarked(MARKER) || users.findByEmail(EMAIL).isPresent()) {
            return false;
        }
        User coordinator = User.create("Casey Coordinator", EMAIL, passwords.hash(PASSWORD));
        users.persist(coordinator);
        Workspace workspace = workspaces.create(WORKSPACE, coordinator.id);
        seeded.fire(new DemoWorkspaceSeeded(workspace.id, coordinator.id));
        markers.mark(MARKER);
        LOG.infof("Seeded the demo workspace \"%s\"; sign in as %s / %s", WORKSPACE, EMAIL, PASSWORD);
        return true;
    }

    /** Fired inside the seeding transaction, after the demo workspace and its owner exist. */
    public record DemoWorkspaceSeeded(UUID workspaceId, UUID ownerUserId) {}
}
