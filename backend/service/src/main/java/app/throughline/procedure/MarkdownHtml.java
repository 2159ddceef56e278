package app.throughline.procedure;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to put into a page: CommonMark (with GFM tables) renders it, raw HTML
 * in the source is escaped rather than passed through, and the result is cleaned against an
 * allow-list (jsoup) so that no script, event handler, style, frame, form, image or link with a
 * scheme other than http, https or mailto survives. Images are left out on purpose: showing a
 * procedure must never make the browser fetch anything.
 */
public final class MarkdownHtml {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private MarkdownHtml() {}

    static Safelist safelist() {
        return Safelist.relaxed()
                .removeTags("img")
                .removeProtocols("a", "href", "ftp")
                .removeProtocols("blockquote", "cite", "http", "https")
                .removeProtocols("q", "cite", "http", "https")
                .removeAttributes("blockquote", "cite")
                .removeAttributes("q", "cite")
                .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    }

    /** The sanitised HTML of a markdown document (empty for null or blank). */
    public static String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, "", safelist(), OUTPUT);
    }
}
