package app.throughline.project;

import app.throughline.activity.ActivitySubject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Lets the history endpoints find a project to check access to its history. */
@ApplicationScoped
class ProjectActivitySubject implements ActivitySubject {

    private final ProjectRepository projects;

    ProjectActivitySubject(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public String kind() {
        return "Project";
    }

    @Override
    public Optional<Project> find(UUID id) {
        return projects.findByIdOptional(id);
    }
}
