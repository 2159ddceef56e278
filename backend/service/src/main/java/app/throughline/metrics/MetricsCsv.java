package app.throughline.metrics;

import app.throughline.metrics.MetricsDtos.Bucket;
import app.throughline.metrics.MetricsDtos.MetricsView;
import app.throughline.metrics.MetricsDtos.PersonUtilization;
import app.throughline.metrics.MetricsDtos.SeriesBucket;
import app.throughline.metrics.MetricsDtos.TeamUtilization;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The metrics as CSV: one row per figure, {@code metric,period_start,subject,value}; the JSON
 * field path names the metric (cycleTimeDays.p50), a throughput row names its bucket, a
 * utilisation row its person or team, a {@code series.*} row the first day of its bucket.
 * Empty value: nothing to measure.
 */
final class MetricsCsv {

    static final String[] HEADER = {"metric", "period_start", "subject", "value"};

    private MetricsCsv() {}

    static String of(MetricsView m) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(HEADER)
                        .setRecordSeparator("\n")
                        .get())) {
            row(csv, "onTimeDeliveryRate", m.onTimeDeliveryRate());
            row(csv, "onTimeDeliveryRateBaseline", m.onTimeDeliveryRateBaseline());
            row(csv, "milestoneCompletion", m.milestoneCompletion());
            row(csv, "cycleTimeDays.p50", m.cycleTimeDays().p50());
            row(csv, "cycleTimeDays.p85", m.cycleTimeDays().p85());
            row(csv, "cycleTimeDays.count", m.cycleTimeDays().count());
            row(csv, "leadTimeDays.p50", m.leadTimeDays().p50());
            row(csv, "leadTimeDays.p85", m.leadTimeDays().p85());
            for (Bucket b : m.throughput()) {
                csv.printRecord("throughput", b.periodStart(), "", b.done());
            }
            row(csv, "utilization.overall", m.utilization().overall());
            for (PersonUtilization p : m.utilization().people()) {
                csv.printRecord("utilization.person", "", p.personId(), value(p.utilization()));
            }
            for (TeamUtilization t : m.utilization().teams()) {
                csv.printRecord("utilization.team", "", t.teamId() == null ? "" : t.teamId(), value(t.utilization()));
            }
            row(csv, "scheduleVarianceDays", m.scheduleVarianceDays());
            row(csv, "scopeChanges.added", m.scopeChanges().added());
            row(csv, "scopeChanges.removed", m.scopeChanges().removed());
            row(csv, "scopeChanges.reestimated", m.scopeChanges().reestimated());
            row(csv, "estimateAccuracy", m.estimateAccuracy());
            row(csv, "stakeholderSatisfaction", m.stakeholderSatisfaction());
            row(csv, "ratings", m.ratings());
            for (SeriesBucket b : m.series()) {
                bucket(csv, "series.periodEnd", b, b.periodEnd());
                bucket(csv, "series.done", b, b.done());
                bucket(csv, "series.onTimeDeliveryRate", b, b.onTimeDeliveryRate());
                bucket(csv, "series.onTimeDeliveryRateBaseline", b, b.onTimeDeliveryRateBaseline());
                bucket(csv, "series.milestoneCompletion", b, b.milestoneCompletion());
                bucket(csv, "series.milestonesDue", b, b.milestonesDue());
                bucket(csv, "series.scopeChanges.added", b, b.scopeChanges().added());
                bucket(csv, "series.scopeChanges.removed", b, b.scopeChanges().removed());
                bucket(
                        csv,
                        "series.scopeChanges.reestimated",
                        b,
                        b.scopeChanges().reestimated());
                bucket(csv, "series.stakeholderSatisfaction", b, b.stakeholderSatisfaction());
                bucket(csv, "series.ratings", b, b.ratings());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter csv, String metric, Object value) throws IOException {
        csv.printRecord(metric, "", "", value(value));
    }

    private static void bucket(CSVPrinter csv, String metric, SeriesBucket b, Object value) throws IOException {
        csv.printRecord(metric, b.periodStart(), "", value(value));
    }

    private static Object value(Object value) {
        return value == null ? "" : value;
    }
}
