package app.throughline.importing;

import java.nio.file.Path;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads a screened plan file with MPXJ, which detects the format: MS Project (MSPDI XML, .mpp,
 * .mpx), Primavera (XER, PMXML), ProjectLibre (.pod), GanttProject (.gan), Planner and more.
 */
final class PlanReader {

    private PlanReader() {}

    static ProjectFile read(Path file) {
        PlanFileScreen.check(file);
        ProjectFile project;
        try {
            project = new UniversalProjectReader().read(file.toFile());
        } catch (MPXJException e) {
            throw new ImportFailure("unreadable-plan", "The file could not be read as a plan: " + message(e));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ImportFailure("unreadable-plan", "The file could not be read as a plan: " + message(e));
        }
        if (project == null) {
            throw new ImportFailure(
                    "unknown-format",
                    "The file is not a plan in a known format (MS Project, Primavera XER/PMXML, ProjectLibre,"
                            + " GanttProject, Planner, ...)");
        }
        if (PlanSchedule.tasks(project).isEmpty()) {
            throw new ImportFailure("empty-plan", "The file was read but holds no tasks");
        }
        return project;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
