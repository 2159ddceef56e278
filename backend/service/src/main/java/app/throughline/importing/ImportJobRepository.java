package app.throughline.importing;

import app.throughline.workspace.WorkspaceOwned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** The import_jobs table: one row per upload, updated as the job runs. */
@ApplicationScoped
class ImportJobRepository {

    /** A job as stored; fidelity and problem are JSON text. */
    record JobRow(
            UUID id,
            UUID workspaceId,
            String fileName,
            String state,
            int progress,
            UUID projectId,
            String fidelity,
            String problem)
            implements WorkspaceOwned {}

    private final EntityManager entityManager;

    ImportJobRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void insert(UUID id, UUID workspaceId, UUID createdBy, String fileName) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO import_jobs (id, workspace_id, created_by, file_name, state, progress)
                        VALUES (:id, :ws, :by, :name, 'queued', 0)
                        """)
                .setParameter("id", id)
                .setParameter("ws", workspaceId)
                .setParameter("by", createdBy)
                .setParameter("name", fileName)
                .executeUpdate();
    }

    Optional<JobRow> find(UUID id) {
        List<JobRow> rows = session()
                .createNativeQuery("""
                        SELECT id, workspace_id, file_name, state, progress, project_id,
                               CAST(fidelity AS text), CAST(problem AS text)
                        FROM import_jobs WHERE id = :id
                        """, JobRow.class)
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** Moves the job on; progress never goes back. */
    void progress(UUID id, String state, int progress) {
        entityManager
                .createNativeQuery("""
                        UPDATE import_jobs SET state = :state, progress = GREATEST(progress, :progress),
                               updated_at = clock_timestamp()
                        WHERE id = :id
                        """)
                .setParameter("id", id)
                .setParameter("state", state)
                .setParameter("progress", progress)
                .executeUpdate();
    }

    void succeeded(UUID id, UUID projectId, String fidelityJson) {
        entityManager
                .createNativeQuery("""
                        UPDATE import_jobs SET state = 'succeeded', progress = 100, project_id = :project,
                               fidelity = CAST(:fidelity AS jsonb), updated_at = clock_timestamp()
                        WHERE id = :id
                        """)
                .setParameter("id", id)
                .setParameter("project", projectId)
                .setParameter("fidelity", fidelityJson == null ? "null" : fidelityJson)
                .executeUpdate();
    }

    void failed(UUID id, String problemJson) {
        entityManager
                .createNativeQuery("""
                        UPDATE import_jobs SET state = 'failed', problem = CAST(:problem AS jsonb),
                               updated_at = clock_timestamp()
                        WHERE id = :id
                        """)
                .setParameter("id", id)
                .setParameter("problem", problemJson)
                .executeUpdate();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
