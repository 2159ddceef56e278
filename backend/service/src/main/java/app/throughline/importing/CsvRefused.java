package app.throughline.importing;

import app.throughline.api.ApiException;
import app.throughline.importing.CsvImportDtos.CsvProblem;
import java.util.List;

/** 422 for a CSV file with problems: nothing was written; {@code problems} lists them by row and column. */
class CsvRefused extends ApiException {

    CsvRefused(List<CsvProblem> problems) {
        super(
                422,
                "csv-problems",
                "The CSV file cannot be imported",
                problems.size() + (problems.size() == 1 ? " problem" : " problems")
                        + " in the file (listed in `problems`, by row and column); nothing was written");
        with("problems", problems);
    }
}
