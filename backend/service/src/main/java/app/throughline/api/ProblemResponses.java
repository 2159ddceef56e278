package app.throughline.api;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(ApiException exception, String instance) {
        Response.ResponseBuilder builder =
                Response.status(exception.status()).type(Problem.MEDIA_TYPE).entity(exception.toProblem(instance));
        exception.headers().forEach(builder::header);
        return builder.build();
    }
}
