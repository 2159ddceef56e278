package app.throughline.account;

import app.throughline.account.AccountDtos.Register;
import app.throughline.account.AccountDtos.Registration;
import app.throughline.auth.AuthDtos.AccessToken;
import app.throughline.auth.AuthDtos.Login;
import app.throughline.auth.AuthService;
import app.throughline.auth.ClientAddress;
import app.throughline.auth.PublicEndpoint;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
public class AuthResource {

    private final AuthService auth;
    private final RegistrationService registrations;

    AuthResource(AuthService auth, RegistrationService registrations) {
        this.auth = auth;
        this.registrations = registrations;
    }

    @POST
    @Path("/register")
    @PublicEndpoint
    @Operation(summary = "Register a user together with a workspace they own")
    @APIResponse(
            responseCode = "201",
            description = "Registered and signed in",
            content = @Content(schema = @Schema(implementation = Registration.class)))
    public Response register(@Valid @NotNull Register body, @Context HttpServerRequest http) {
        Registration registration = registrations.register(body, ClientAddress.of(http));
        return Response.created(URI.create("/api/v1/me")).entity(registration).build();
    }

    @POST
    @Path("/login")
    @PublicEndpoint
    @Operation(summary = "Sign in with e-mail and password and receive an access token")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content = @Content(schema = @Schema(implementation = AccessToken.class)))
    public AccessToken login(@Valid @NotNull Login body, @Context HttpServerRequest http) {
        return auth.login(body, ClientAddress.of(http));
    }
}
