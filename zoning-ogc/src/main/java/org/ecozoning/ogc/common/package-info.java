/**
 * The neutral HTTP exchange that every protocol adapter (WMS, WFS, WPS, OGC API) codes against,
 * so that the adapters stay testable without a servlet container or Jetty.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>An {@link org.ecozoning.ogc.common.OgcHandler} receives one parsed
 *       {@link org.ecozoning.ogc.common.OgcRequest} and returns one
 *       {@link org.ecozoning.ogc.common.OgcResponse}. It runs on its own (virtual) thread and may
 *       block (read files, query a database).</li>
 *   <li>Query parameter names are case-insensitive (OGC KVP rule: {@code SERVICE}, {@code service} and
 *       {@code Service} are the same key); values keep their case. Headers are case-insensitive too.</li>
 *   <li>Large bodies are streamed: return {@link org.ecozoning.ogc.common.OgcResponse#stream} with a
 *       {@link org.ecozoning.ogc.common.BodyWriter}; the server sends it chunked, without buffering it.</li>
 *   <li>To answer a client error as RFC 9457 {@code application/problem+json}, throw a
 *       {@link org.ecozoning.ogc.common.ProblemException} or return
 *       {@link org.ecozoning.ogc.common.OgcResponse#problem}. Services with their own exception format
 *       (WMS ServiceExceptionReport, OWS ExceptionReport) return that as a normal response instead.</li>
 *   <li>Any other exception becomes a 500 problem with an error id; the stack trace goes to the server
 *       log only, never to the client.</li>
 * </ul>
 *
 * <h2>Example</h2>
 * <pre>{@code
 * OgcHandler wms = request -> switch (request.parameter("REQUEST").orElse("")) {
 *     case "GetCapabilities" -> OgcResponse.text(200, MediaTypes.XML, capabilities(request.serviceUri()));
 *     default -> throw ProblemException.badRequest("未知的 REQUEST 参数", "Unknown REQUEST parameter");
 * };
 * OgcResponse r = wms.handle(OgcRequest.get("/wms?service=WMS&request=GetCapabilities"));
 * }</pre>
 */
package org.ecozoning.ogc.common;
