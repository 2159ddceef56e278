package app.throughline.schedule.engine;

import java.time.LocalDateTime;

/** Dates in June 2025 for the hand-checked examples: June 2 is a Monday. */
final class Dates {

    /** Monday 2 June 2025, 08:00: where the example projects start. */
    static final LocalDateTime MONDAY = june(2, 8, 0);

    private Dates() {}

    static LocalDateTime june(int day, int hour, int minute) {
        return LocalDateTime.of(2025, 6, day, hour, minute);
    }

    static LocalDateTime june(int day, int hour) {
        return june(day, hour, 0);
    }
}
