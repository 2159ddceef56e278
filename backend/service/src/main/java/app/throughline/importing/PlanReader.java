package app.throughline.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads a screened plan file with MPXJ, which detects the format: MS Project (MSPDI XML, .mpp,
 * .mpx), Primavera (XER, PMXML), GanttProject (.gan), Planner and more. Not ProjectLibre's own
 * {@code .pod} files: those ProjectLibre writes (and ships as samples) are serialised Java objects,
 * which MPXJ does not read; the job fails saying so and how to bring the plan in instead.
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
            if (isSerialisedJava(file)) {
                throw new ImportFailure(
                        "unsupported-format",
                        "This looks like a ProjectLibre project (.pod). ProjectLibre saves .pod files as serialised"
                                + " Java objects, which cannot be read here. In ProjectLibre, save the project"
                                + " as MS Project XML (File > Save As, type .xml) and import that file.");
            }
            throw new ImportFailure(
                    "unknown-format",
                    "The file is not a plan in a known format (MS Project .xml/.mpp/.mpx, Primavera XER/PMXML,"
                            + " GanttProject, Planner, ...)");
        }
        if (PlanSchedule.tasks(project).isEmpty()) {
            throw new ImportFailure("empty-plan", "The file was read but holds no tasks");
        }
        return project;
    }

    /** Whether the file starts as a Java object stream does (0xACED, version 5), as ProjectLibre's .pod files do. */
    static boolean isSerialisedJava(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return head[0] == (byte) 0xAC && head[1] == (byte) 0xED && head[2] == 0x00 && head[3] == 0x05;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
