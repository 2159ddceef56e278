package app.throughline.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A procedure's HTML is safe to insert into a page: whatever the markdown holds, what comes out has
 * only harmless tags, no event handler or style attribute, and no link to anything but http(s) or mailto.
 */
class MarkdownHtmlTest {

    static final Set<String> ALLOWED_TAGS = Set.of(
            "a",
            "b",
            "blockquote",
            "br",
            "caption",
            "cite",
            "code",
            "col",
            "colgroup",
            "dd",
            "div",
            "dl",
            "dt",
            "em",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "i",
            "li",
            "ol",
            "p",
            "pre",
            "q",
            "small",
            "span",
            "strike",
            "strong",
            "sub",
            "sup",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "u",
            "ul");

    static List<String> corpus() throws IOException {
        try (InputStream in = MarkdownHtmlTest.class.getResourceAsStream("/procedure/xss-corpus.txt")) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void shouldLeaveNothingExecutableOrFetchingInAPayload(String payload) {
        assertSafe(MarkdownHtml.render(payload));
        // the same payload inside a list, a quote and a table cell
        assertSafe(
                MarkdownHtml.render("- " + payload + "\n\n> " + payload + "\n\n| a |\n|---|\n| " + payload + " |\n"));
    }

    @Test
    void shouldLeaveNothingExecutableInTheWholeCorpusAsOneDocument() throws IOException {
        assertSafe(MarkdownHtml.render(String.join("\n\n", corpus())));
        assertSafe(MarkdownHtml.render(String.join("\n", corpus())));
    }

    @Test
    void shouldRenderOrdinaryMarkdown() {
        String html = MarkdownHtml.render("""
                # Client review

                1. Send the **proof**
                2. Chase after _two days_ — see [the guide](https://example.com/guide)

                | Step | Who |
                |---|---|
                | Sign-off | Account lead |

                `code` and a <mailto:pm@example.com> link
                """);
        assertThat(html)
                .contains("<h1>Client review</h1>")
                .contains("<strong>proof</strong>")
                .contains("<em>two days</em>")
                .contains("<a href=\"https://example.com/guide\" rel=\"nofollow noopener noreferrer\">the guide</a>")
                .contains("<td>Sign-off</td>")
                .contains("<code>code</code>")
                .contains("href=\"mailto:pm@example.com\"");
        assertSafe(html);
    }

    @Test
    void shouldShowRawHtmlAsTextRatherThanDropIt() {
        assertThat(MarkdownHtml.render("<script>alert(1)</script>")).contains("&lt;script&gt;");
    }

    @Test
    void shouldRenderNothingForABlankBody() {
        assertThat(MarkdownHtml.render("  ")).isEmpty();
        assertThat(MarkdownHtml.render(null)).isEmpty();
    }

    static void assertSafe(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(ALLOWED_TAGS).as("tag in %s", html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name)
                        .as("attribute in %s", html)
                        .doesNotStartWith("on")
                        .isNotIn("style", "src", "srcdoc");
                if (name.equals("href")) {
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT))
                            .as("href in %s", html)
                            .matches("^(https?://|mailto:).*");
                }
            }
        }
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<svg", "<iframe", "<img", "<style");
    }
}
