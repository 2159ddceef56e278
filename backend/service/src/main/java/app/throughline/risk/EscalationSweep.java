package app.throughline.risk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Dates pass without edits: a risk becomes overdue, a linked milestone turns at risk overnight. The
 * sweep runs the rules over every live risk of workspaces with a policy. Replicas coordinate through
 * PostgreSQL: the sweep locks the risks it evaluates ({@code FOR UPDATE SKIP LOCKED}), so a second
 * sweep at the same moment skips them, and a later one finds the rule already fired on the row.
 */
@ApplicationScoped
public class EscalationSweep {

    private static final Logger LOG = Logger.getLogger(EscalationSweep.class);

    private final RiskRepository risks;
    private final Escalator escalator;

    EscalationSweep(RiskRepository risks, Escalator escalator) {
        this.risks = risks;
        this.escalator = escalator;
    }

    @Scheduled(
            every = "${throughline.time.escalation-sweep:5m}",
            delayed = "40s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("Escalation sweep failed; the next one retries", e);
        }
    }

    /** Runs the rules over the live risks not locked by someone else; returns how many it escalated. */
    @ActivateRequestContext
    public int sweep() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> locked = risks.lockLiveRisksWithPolicy();
            int raised = 0;
            for (UUID id : locked) {
                Risk risk = risks.findById(id);
                if (risk != null && escalator.applyRules(risk).isPresent()) {
                    raised++;
                }
            }
            if (raised > 0) {
                LOG.infof("Escalation sweep raised %d of %d live risks", raised, locked.size());
            }
            return raised;
        });
    }
}
