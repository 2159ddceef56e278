package app.throughline.api;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Success responses with the conventions every resource follows (ETag, Location). */
public final class Responses {

    private Responses() {}

    public static Response ok(Versioned<?> versioned) {
        return Response.ok(versioned.body()).tag(Etags.of(versioned.version())).build();
    }

    public static Response created(URI location, Versioned<?> versioned) {
        return Response.created(location)
                .entity(versioned.body())
                .tag(Etags.of(versioned.version()))
                .build();
    }

    public static Response created(URI location, Object body) {
        return Response.created(location).entity(body).build();
    }
}
