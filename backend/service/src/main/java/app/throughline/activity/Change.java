package app.throughline.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field's value before and after a change ({@code old} is absent on create, {@code new} on delete). */
@Schema(name = "FieldChange")
public record Change(
        @Schema(name = "old", description = "Value before the change")
        Object oldValue,

        @Schema(name = "new", description = "Value after the change")
        Object newValue) {

    @com.fasterxml.jackson.annotation.JsonProperty("old")
    public Object oldValue() {
        return oldValue;
    }

    @com.fasterxml.jackson.annotation.JsonProperty("new")
    public Object newValue() {
        return newValue;
    }
}
