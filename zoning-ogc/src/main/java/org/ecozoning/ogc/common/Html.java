package org.ecozoning.ogc.common;

/**
 * Minimal server-side HTML for the OGC API pages: escaping of every text and attribute, and one
 * page frame (Simplified Chinese first, readable on a phone, no JavaScript). Pages are small, so
 * they are built as strings.
 */
public final class Html {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;\
            margin:0;color:#1f2933;background:#fafbfc;line-height:1.5}\
            header{background:#1b5e20;color:#fff;padding:.6em 1em}header a{color:#fff}\
            main{max-width:60em;margin:0 auto;padding:1em}\
            nav.crumbs{font-size:.9em;margin-bottom:.5em}\
            h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.15em;margin-top:1.2em}\
            .en{color:#52606d;font-size:.92em}\
            table{border-collapse:collapse;width:100%;font-size:.92em}\
            th,td{border:1px solid #d9e2ec;padding:.3em .5em;text-align:left;vertical-align:top;word-break:break-word}\
            th{background:#eef2f5}\
            .scroll{overflow-x:auto}\
            table.wide{width:auto;min-width:100%}table.wide th,table.wide td{white-space:nowrap;word-break:normal}\
            code{font-size:.9em;background:#eef2f5;padding:0 .2em;word-break:break-all}\
            ul{padding-left:1.2em}\
            .pager a{margin-right:1em}\
            footer{font-size:.85em;color:#52606d;padding:1em;text-align:center}\
            """;

    private Html() { }

    /** Escapes text for element content and double-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code <a href="…">text</a>}, both escaped. */
    public static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** Chinese text followed by its English in a muted span, both escaped. */
    public static String bilingual(String zh, String en) {
        if (en == null || en.isEmpty() || en.equals(zh)) return esc(zh);
        return esc(zh) + " <span class=\"en\">" + esc(en) + "</span>";
    }

    /**
     * A complete page.
     *
     * @param title the page title (plain text, escaped here)
     * @param siteTitle the service title shown in the header (plain text)
     * @param homeHref the link of the header title
     * @param crumbs the breadcrumb trail (already HTML), or empty
     * @param body the page content (already HTML)
     * @param footer footer content (already HTML), or empty
     */
    public static String page(String title, String siteTitle, String homeHref, String crumbs, String body, String footer) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + STYLE + "</style></head><body>"
                + "<header><a href=\"" + esc(homeHref) + "\">" + esc(siteTitle) + "</a></header><main>"
                + (crumbs == null || crumbs.isEmpty() ? "" : "<nav class=\"crumbs\">" + crumbs + "</nav>")
                + body + "</main>"
                + (footer == null || footer.isEmpty() ? "" : "<footer>" + footer + "</footer>")
                + "</body></html>\n";
    }
}
