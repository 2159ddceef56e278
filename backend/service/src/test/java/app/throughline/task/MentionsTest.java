package app.throughline.task;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.task.Mentions.Candidate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How an @ in a comment names a person of the workspace. */
class MentionsTest {

    static final UUID PRIYA = UUID.randomUUID();
    static final UUID PRIYANKA = UUID.randomUUID();
    static final UUID TOM_A = UUID.randomUUID();
    static final UUID TOM_B = UUID.randomUUID();

    final Mentions mentions = new Mentions(List.of(
            new Candidate(PRIYA, "Priya Sharma", "p.sharma@agency.test"),
            new Candidate(PRIYANKA, "Priyanka Rao", null),
            new Candidate(TOM_A, "Tom Berg", "t.berg@agency.test"),
            new Candidate(TOM_B, "Tom Okafor", null)));

    @Test
    void shouldResolveAFullNameWrittenAfterTheAt() {
        assertThat(mentions.in("Ready for review, @Priya Sharma.")).containsExactly(PRIYA);
    }

    @Test
    void shouldResolveHandlesMadeFromTheNameOrTheEmail() {
        assertThat(mentions.in("@priya.sharma and @PriyankaRao")).containsExactly(PRIYA, PRIYANKA);
        assertThat(mentions.in("cc @p.sharma")).containsExactly(PRIYA);
    }

    @Test
    void shouldResolveAFirstNameOnlyWhenItIsUnique() {
        assertThat(mentions.in("@priyanka please check")).containsExactly(PRIYANKA);
        assertThat(mentions.in("@tom please check")).isEmpty();
        assertThat(mentions.in("@tom-okafor please check")).containsExactly(TOM_B);
    }

    @Test
    void shouldIgnoreEmailAddressesUnknownNamesAndRepeats() {
        assertThat(mentions.in("write to priya@agency.test or @nobody")).isEmpty();
        assertThat(mentions.in("@Priya Sharma, @priya.sharma!")).containsExactly(PRIYA);
    }
}
