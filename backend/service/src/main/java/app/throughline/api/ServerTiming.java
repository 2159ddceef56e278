package app.throughline.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Durations of named steps of this request, sent as a {@code Server-Timing} header, so clients
 * and benchmarks can see the cost of e.g. the cycle check apart from the whole request.
 */
@RequestScoped
public class ServerTiming {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public void record(String step, long elapsedNanos) {
        nanos.merge(step, elapsedNanos, Long::sum);
    }

    String header() {
        return nanos.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s;dur=%.3f", e.getKey(), e.getValue() / 1e6))
                .collect(Collectors.joining(", "));
    }

    boolean isEmpty() {
        return nanos.isEmpty();
    }

    /** Writes the header on the way out, also on problem responses. */
    public static class Filter {
        private final ServerTiming timing;

        Filter(ServerTiming timing) {
            this.timing = timing;
        }

        @ServerResponseFilter
        public void addHeader(ContainerResponseContext response) {
            if (!timing.isEmpty()) {
                response.getHeaders().putSingle("Server-Timing", timing.header());
            }
        }
    }
}
