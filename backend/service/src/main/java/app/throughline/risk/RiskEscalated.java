package app.throughline.risk;

import java.util.List;
import java.util.UUID;

/**
 * Fired inside the transaction that escalated a risk. The notifications feature observes it (and
 * reads the undelivered escalation_notifications rows) to fan out to inbox, e-mail and webhooks.
 */
public record RiskEscalated(
        UUID workspaceId, UUID projectId, UUID riskId, UUID escalationId, int level, List<UUID> personIds) {}
