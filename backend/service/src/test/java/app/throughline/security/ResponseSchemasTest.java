package app.throughline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The fuzz suite's response check finds what it claims to find (against the real openapi.yaml). */
class ResponseSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Contract contract = Contract.load();
    private final ResponseSchemas schemas = new ResponseSchemas(contract);
    private final Contract.Operation getMember = contract.operations().stream()
            .filter(op -> op.key().equals("GET /api/v1/workspaces/{id}/members/{userId}"))
            .findFirst()
            .orElseThrow();

    @Test
    void shouldAcceptABodyThatMatches() throws Exception {
        assertThat(schemas.check(getMember, 200, member("\"coordinator\"", "\"2026-11-25T19:57:37.375847Z\"")))
                .isNull();
    }

    @Test
    void shouldFindAWrongEnumTypeFormatUnknownFieldAndUndocumentedStatus() throws Exception {
        assertThat(schemas.check(getMember, 200, member("\"boss\"", "\"2026-11-25T19:57:37Z\"")))
                .contains("$.role");
        assertThat(schemas.check(getMember, 200, member("3", "\"2026-11-25T19:57:37Z\"")))
                .contains("$.role");
        assertThat(schemas.check(getMember, 200, member("\"admin\"", "\"yesterday\"")))
                .contains("$.joinedAt")
                .contains("date-time");
        JsonNode extra = JSON.readTree("{\"userId\":\"1b7e3c52-4d0e-4b8f-a1b2-9a3c5d7e9f01\",\"secret\":\"x\"}");
        assertThat(schemas.check(getMember, 200, extra)).contains("$.secret is not in the schema");
        assertThat(schemas.check(getMember, 201, extra)).contains("not documented");
    }

    private static JsonNode member(String role, String joinedAt) throws Exception {
        return JSON.readTree("{\"userId\":\"1b7e3c52-4d0e-4b8f-a1b2-9a3c5d7e9f01\",\"name\":\"Ada\","
                + "\"email\":\"ada@example.com\",\"role\":" + role + ",\"joinedAt\":" + joinedAt + "}");
    }
}
