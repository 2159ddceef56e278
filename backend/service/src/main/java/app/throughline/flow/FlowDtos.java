package app.throughline.flow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class FlowDtos {

    private FlowDtos() {}

    @Schema(name = "FlowStatus", description = "A status seen in the window, in workflow order")
    public record FlowStatus(
            @Schema(example = "client_review") String key,
            @Schema(example = "Client review") String name,
            @Schema(example = "review") String category,
            @Schema(example = "5") Integer wipLimit) {}

    @Schema(name = "FlowDay")
    public record FlowDay(
            @Schema(example = "2026-11-30") LocalDate date,

            @Schema(
                    description = "Tasks in each status at the end of the day",
                    example = "{\"draft\": 4, \"client_review\": 2}")
            Map<String, Integer> counts) {}

    @Schema(
            name = "TimeInStatus",
            description =
                    "Days tasks spent in a status: the tasks that last left it in the window, each with all its stays there summed")
    public record TimeInStatusView(
            @Schema(example = "client_review") String status,
            @Schema(example = "2.5") BigDecimal p50Days,
            @Schema(example = "6.1") BigDecimal p85Days,

            @Schema(description = "Tasks measured", example = "14")
            int count) {}

    @Schema(name = "AgingTask")
    public record AgingTask(
            UUID taskId,
            UUID projectId,
            @Schema(example = "9.4") BigDecimal daysInStatus) {}

    @Schema(name = "Bottleneck", description = "A status where work waits or piles up, with the tasks stuck longest")
    public record Bottleneck(
            @Schema(example = "client_review") String status,

            @Schema(
                    description =
                            "over_wip_limit: more tasks than its WIP limit; queue_growing: more tasks at the end "
                                    + "of the window than at its start; longest_wait: the open status with the longest p85 time",
                    example = "over_wip_limit")
            String reason,

            @Schema(example = "7 tasks against a WIP limit of 4 in WEB")
            String detail,

            List<AgingTask> tasks) {}

    @Schema(name = "Flow")
    public record FlowView(
            LocalDate from,
            LocalDate to,
            List<FlowStatus> statuses,
            List<FlowDay> days,
            List<TimeInStatusView> timeInStatus,
            List<Bottleneck> bottlenecks) {}
}
