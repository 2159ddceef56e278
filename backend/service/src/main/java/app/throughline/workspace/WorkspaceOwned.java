package app.throughline.workspace;

import java.util.UUID;

/** Anything that belongs to one workspace; {@link TenantGuard} decides who may see or change it. */
public interface WorkspaceOwned {
    UUID workspaceId();
}
