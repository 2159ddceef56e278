package app.throughline.api;

/** A response body with the row version that becomes its ETag. */
public record Versioned<T>(T body, long version) {}
