package app.throughline.activity;

import app.throughline.workspace.WorkspaceOwned;
import java.util.Optional;
import java.util.UUID;

/**
 * A kind of object whose history can be read (a project, a task). Features above this package
 * implement it, so the history endpoints can check access without depending on them.
 */
public interface ActivitySubject {

    /** The kind as named in a 404, e.g. "Project". */
    String kind();

    Optional<? extends WorkspaceOwned> find(UUID id);
}
