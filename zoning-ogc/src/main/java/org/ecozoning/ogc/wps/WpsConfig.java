package org.ecozoning.ogc.wps;

/**
 * Settings of the WPS 1.0.0 endpoint: the path it is mounted at (for statusLocation and output
 * references, below the request's base URL) and the service's title, abstract and provider.
 */
public record WpsConfig(String mountPath, String title, String abstractText, String provider) {
    public static final WpsConfig DEFAULTS = new WpsConfig("/wps", "生态环境分区管控处理服务 / Zoning-control processing service",
            "建设项目环境准入符合性研判、批量研判与管控单元查询（WPS 1.0.0）。结果为预判，不代替审批。", "ecozoning");

    public WpsConfig withMountPath(String path) { return new WpsConfig(path, title, abstractText, provider); }
}
