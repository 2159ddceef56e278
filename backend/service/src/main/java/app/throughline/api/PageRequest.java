package app.throughline.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters every list accepts. */
public class PageRequest {

    public static final int MAX_LIMIT = 500;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_LIMIT, message = "must be at most " + MAX_LIMIT)
    @Parameter(description = "Page size (1–500)", example = "50")
    public int limit;

    @QueryParam("cursor")
    @Parameter(description = "The `next` value of the previous page")
    public String cursor;

    public static PageRequest first(int limit) {
        PageRequest request = new PageRequest();
        request.limit = limit;
        return request;
    }
}
