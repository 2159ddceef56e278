package app.throughline.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Throughline's own settings, under the {@code throughline.} prefix. */
@ConfigMapping(prefix = "throughline")
public interface ThroughlineConfig {

    /** Folder of the embedded database and the generated signing keys (used only without a database URL). */
    @WithDefault(".data")
    String dataDir();

    Jwt jwt();

    Registration registration();

    RateLimit rateLimit();

    Password password();

    Demo demo();

    Api api();

    Time time();

    Notifications notifications();

    Webhooks webhooks();

    Mail mail();

    interface Mail {
        /**
         * Whether notifications go out by e-mail at all (off by default). Turn it on together with the
         * SMTP settings of Quarkus Mailer ({@code quarkus.mailer.host}, {@code port}, {@code from}…).
         */
        @WithDefault("false")
        boolean enabled();

        /** How often queued e-mail is sent; "off" disables it. */
        @WithDefault("10s")
        String sendEvery();

        /** How often the daily digest job looks for yesterday's digests still to build; "off" disables it. */
        @WithDefault("1h")
        String digestEvery();

        /** Absolute address of the SPA (e.g. https://throughline.example.com) for links in e-mail; none when absent. */
        java.util.Optional<String> linkBase();
    }

    interface Notifications {
        /** How often outbox events become inbox notifications and webhook deliveries; "off" disables it. */
        @WithDefault("2s")
        String dispatchEvery();

        /** How often the reminder job looks for approaching deadlines and overdue tasks; "off" disables it. */
        @WithDefault("15m")
        String remindersEvery();

        /** Working days before a deadline when "deadline approaching" fires. */
        @WithDefault("2")
        int leadWorkingDays();
    }

    interface Webhooks {
        /** How often due webhook deliveries are sent; "off" disables it. */
        @WithDefault("2s")
        String deliverEvery();

        /**
         * CIDRs (comma-separated) a webhook may target although they are loopback or private, for
         * receivers on the premises; empty by default: every such address is refused.
         */
        java.util.Optional<java.util.List<String>> allowPrivateTargets();

        /** Consecutive failed deliveries (each after all its retries) after which a webhook is disabled. */
        @WithDefault("5")
        int disableAfterFailures();

        /** Give up retrying a delivery after this long. */
        @WithDefault("PT24H")
        Duration retryFor();

        /** Timeout of one delivery request. */
        @WithDefault("PT10S")
        Duration timeout();

        /**
         * Delivery requests in flight at once per instance. A claimed batch is sent this many at a
         * time; its results are recorded in one transaction once the whole batch has answered.
         */
        @WithDefault("8")
        int concurrency();

        /**
         * How long a claimed delivery is left to the instance that claimed it: if that instance
         * dies, another sends it once this has passed (at least once).
         */
        @WithDefault("PT2M")
        Duration lease();
    }

    Attachments attachments();

    interface Attachments {
        /** Largest file that can be attached to a task, in bytes (larger uploads get 413). */
        @WithDefault("10485760")
        long maxBytes();

        /** Content types that may be attached (others get 415), compared without parameters. */
        @WithDefault("application/pdf,image/png,image/jpeg,image/gif,image/webp,text/plain,text/csv,text/markdown,"
                + "application/zip,application/msword,"
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.ms-excel,"
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-powerpoint,"
                + "application/vnd.openxmlformats-officedocument.presentationml.presentation")
        java.util.List<String> allowedTypes();
    }

    interface Time {
        /** The zone whose midnight starts a new day for status dates and forecasts. */
        @WithDefault("UTC")
        String zone();

        /**
         * A fixed "today" for reproducible runs (tests, a demo "as of" a date); absent means the
         * real date in {@link #zone()}.
         */
        java.util.Optional<java.time.LocalDate> fixedDate();

        /** Whether this instance takes part in the daily recompute of every project when the date rolls over. */
        @WithDefault("true")
        boolean dailyRecompute();

        /** How often the escalation rules sweep the live risks (dates pass without edits); "off" disables it. */
        @WithDefault("5m")
        String escalationSweep();
    }

    interface Jwt {
        /** Issuer written into and required from every access token. */
        String issuer();

        /** Audience written into and required from every access token. */
        String audience();

        /** Lifetime of an access token issued by login or registration. */
        @WithDefault("PT1H")
        Duration accessTokenTtl();
    }

    interface Registration {
        /** Whether anyone may register a user and workspace with POST /auth/register. */
        @WithDefault("true")
        boolean enabled();
    }

    interface RateLimit {
        /** Login attempts allowed per client address per window. */
        @WithDefault("30")
        int loginPerAddress();

        /**
         * Failed logins allowed per account from one client address per window; a success there
         * clears the count. Counted per address so that someone guessing elsewhere cannot lock the
         * owner out.
         */
        @WithDefault("5")
        int loginFailuresPerAccount();

        /** Failed logins allowed per account from all addresses together per window: slows guessing spread over many addresses. */
        @WithDefault("100")
        int loginFailuresPerAccountAnywhere();

        /** Registrations allowed per client address per window. */
        @WithDefault("10")
        int registerPerAddress();

        /** Length of a rate-limit window. */
        @WithDefault("PT15M")
        Duration window();
    }

    interface Password {
        /** bcrypt work factor: 2^cost rounds. */
        @WithDefault("11")
        int bcryptCost();
    }

    interface Demo {
        /** Seed the demo workspace on an empty database. */
        @WithDefault("true")
        boolean seed();
    }

    interface Api {
        /** Largest request body accepted by ordinary endpoints, in bytes. */
        @WithDefault("1048576")
        long maxBodyBytes();

        /** Largest request body accepted by bulk endpoints, in bytes. */
        @WithDefault("33554432")
        long maxBulkBodyBytes();
    }
}
