package app.throughline.leveling.engine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PSPLIB single-mode files: ProGen {@code .sm} instances and the reference makespan files
 * ({@code j30opt.sm}, {@code j60hrs.sm}, or a CSV with {@code parameter,instance,makespan}).
 */
public final class PsplibParser {
    private PsplibParser() {}

    /** Parses one {@code .sm} instance file. */
    public static PsplibInstance parseInstance(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        String name = file.getFileName().toString().replaceFirst("\\.sm$", "");
        int jobs = -1;
        int resources = -1;
        int horizon = -1;
        int criticalPath = -1;
        int[] durations = null;
        int[][] successors = null;
        int[][] demands = null;
        int[] capacities = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("jobs (incl. supersource/sink )")) {
                jobs = Integer.parseInt(afterColon(line));
            } else if (line.startsWith("horizon")) {
                horizon = Integer.parseInt(afterColon(line));
            } else if (line.startsWith("- renewable")) {
                resources = Integer.parseInt(afterColon(line).split("\\s+")[0]);
            } else if (line.startsWith("PROJECT INFORMATION")) {
                int[] row = numbers(lines.get(i + 2));
                criticalPath = row.length >= 6 ? row[5] : -1;
            } else if (line.startsWith("PRECEDENCE RELATIONS")) {
                requireHeader(jobs, resources, file);
                successors = new int[jobs][];
                for (int j = 0; j < jobs; j++) {
                    int[] row = numbers(lines.get(i + 2 + j));
                    int job = row[0] - 1;
                    int count = row[2];
                    successors[job] = new int[count];
                    for (int s = 0; s < count; s++) {
                        successors[job][s] = row[3 + s] - 1;
                    }
                }
            } else if (line.startsWith("REQUESTS/DURATIONS")) {
                requireHeader(jobs, resources, file);
                durations = new int[jobs];
                demands = new int[jobs][resources];
                for (int j = 0; j < jobs; j++) {
                    int[] row = numbers(lines.get(i + 3 + j));
                    int job = row[0] - 1;
                    durations[job] = row[2];
                    demands[job] = Arrays.copyOfRange(row, 3, 3 + resources);
                }
            } else if (line.startsWith("RESOURCEAVAILABILITIES")) {
                requireHeader(jobs, resources, file);
                capacities = Arrays.copyOf(numbers(lines.get(i + 2)), resources);
            }
        }
        if (durations == null || successors == null || capacities == null) {
            throw new IOException(file + " is not a complete single-mode PSPLIB file");
        }
        return new PsplibInstance(name, durations, successors, demands, capacities, horizon, criticalPath);
    }

    /**
     * Parses a reference file into makespans keyed by {@code "parameter_instance"}, e.g. {@code "1_1"
     * -> 43}. Rows are recognised as lines starting with three integers, which skips the headers of
     * both the PSPLIB text files and the CSV.
     */
    public static Map<String, Integer> parseReference(Path file) throws IOException {
        Map<String, Integer> makespans = new HashMap<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String[] tokens = raw.trim().split("[\\s,;]+");
            if (tokens.length >= 3 && isInt(tokens[0]) && isInt(tokens[1]) && isInt(tokens[2])) {
                makespans.put(tokens[0] + "_" + tokens[1], Integer.parseInt(tokens[2]));
            }
        }
        return makespans;
    }

    /**
     * The reference key of an instance file name, given the set's prefix: {@code j3010_1} with prefix
     * {@code j30} gives {@code 10_1}; null if the name does not match.
     */
    public static String referenceKey(String instanceName, String prefix) {
        if (!instanceName.startsWith(prefix)) {
            return null;
        }
        String rest = instanceName.substring(prefix.length());
        return rest.matches("\\d+_\\d+") ? rest : null;
    }

    private static void requireHeader(int jobs, int resources, Path file) throws IOException {
        if (jobs < 0 || resources < 0) {
            throw new IOException(file + ": job or resource count missing before the data");
        }
    }

    private static String afterColon(String line) {
        return line.substring(line.indexOf(':') + 1).trim();
    }

    private static int[] numbers(String line) {
        List<Integer> values = new ArrayList<>();
        for (String token : line.trim().split("\\s+")) {
            if (isInt(token)) {
                values.add(Integer.parseInt(token));
            }
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isInt(String token) {
        return token.matches("-?\\d+");
    }
}
