package org.ecozoning.server;

import java.util.List;
import org.ecozoning.ogc.common.Html;
import org.ecozoning.ogc.common.MediaTypes;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.Problem;

/**
 * {@code GET /}: says what the server is (Chinese first, English second) and links every mounted
 * service that carries a {@link ServiceEntry}. Built from the route list, so a newly mounted service
 * appears without touching this class, and nothing that is not mounted is ever shown.
 */
final class LandingPage implements OgcHandler {

    /** The page title; tests look for it. */
    static final String TITLE_ZH = "生态环境分区管控服务";

    private final String html;

    /**
     * @param services the listed services, in display order
     * @param version  the server version shown in the footer
     */
    LandingPage(List<ServiceEntry> services, String version) {
        this.html = render(services, version);
    }

    @Override
    public OgcResponse handle(OgcRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return Problem.of(405, "只支持 GET / Only GET is supported").withInstance("/").toResponse()
                    .header("Allow", "GET, HEAD");
        }
        return OgcResponse.ok(MediaTypes.HTML + ";charset=utf-8", html);
    }

    /** @return the page as HTML, for the given services */
    static String render(List<ServiceEntry> services, String version) {
        StringBuilder rows = new StringBuilder();
        for (ServiceEntry s : services) {
            rows.append("      <li><a href=\"").append(Html.esc(s.href())).append("\">")
                    .append(Html.esc(s.nameZh())).append(" <span lang=\"en\">").append(Html.esc(s.nameEn()))
                    .append("</span></a>\n        <p>").append(Html.esc(s.summaryZh()))
                    .append("<br><span lang=\"en\">").append(Html.esc(s.summaryEn())).append("</span></p></li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%1$s · ecozoning</title>
                  <style>
                    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
                           max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #1d2a21; }
                    h1 { color: #2e6b3f; margin-bottom: 0.2rem; }
                    .en, [lang=en] { color: #55625a; }
                    ul { padding-left: 1.2rem; }
                    li p { margin: 0.2rem 0 0.8rem; }
                    footer { margin-top: 2rem; font-size: 0.85rem; color: #6b766f; }
                  </style>
                </head>
                <body>
                  <h1>%1$s</h1>
                  <p class="en" lang="en">ecozoning — ecological-environment zoning control server</p>
                  <p>生态环境分区管控参考开放服务器，用于发布环境管控单元、要素分区与生态环境准入清单。下面列出本服务器当前启用的服务。</p>
                  <p lang="en">Reference open server for ecological-environment zoning control (生态环境分区管控),
                  built to publish environmental control units, element zones and environmental access lists.
                  The services enabled on this server are listed below.</p>
                  <h2>服务 <span lang="en">Services</span></h2>
                  <ul>
                %2$s  </ul>
                  <footer>ecozoning %3$s</footer>
                </body>
                </html>
                """.formatted(TITLE_ZH, rows, Html.esc(version));
    }
}
