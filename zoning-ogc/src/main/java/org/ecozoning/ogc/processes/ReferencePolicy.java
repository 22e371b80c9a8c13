package org.ecozoning.ogc.processes;

import java.util.List;

/**
 * Decides whether a process input given by reference ({@code xlink:href} in WPS, {@code href} in
 * OGC API) may be used. The default refuses every reference: the server never fetches a URL a
 * client names (no SSRF). Allow-listed prefixes are accepted by the policy but the processes here
 * still do not fetch them; a deployment that wants fetching must add a fetcher behind this check.
 */
public record ReferencePolicy(List<String> allowedPrefixes) {
    public static final ReferencePolicy REFUSE_ALL = new ReferencePolicy(List.of());

    public ReferencePolicy {
        allowedPrefixes = List.copyOf(allowedPrefixes);
    }

    /** Throws REFERENCE_REFUSED unless the href starts with an allow-listed prefix. */
    public void check(InputValue v) {
        String href = v.href();
        for (String p : allowedPrefixes) {
            if (href.startsWith(p) && !href.substring(p.length()).contains("..")) {
                throw new ProcessException(ProcessException.Kind.NOT_SUPPORTED, v.identifier(),
                        "引用输入已列入允许清单，但本服务不获取远程数据，请直接提交数据", "the reference is allow-listed, but this service does not fetch remote data; send the data inline");
            }
        }
        throw new ProcessException(ProcessException.Kind.REFERENCE_REFUSED, v.identifier(),
                "出于安全原因不接受引用输入（xlink:href），请直接在请求中提交数据",
                "inputs by reference (xlink:href) are refused for security reasons (no server-side fetching); send the data inline");
    }
}
