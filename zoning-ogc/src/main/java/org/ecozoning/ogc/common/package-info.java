/**
 * Shared pieces of the protocol adapters, starting with the container-neutral HTTP exchange that every
 * adapter (WMS, WFS, WPS, OGC API) codes against, so that handlers are tested without Jetty.
 *
 * <h2>Exchange contract (as the server shell implements it)</h2>
 * <ul>
 *   <li>An {@link org.ecozoning.ogc.common.OgcHandler} is mounted by {@code zoning-server} under a path
 *       prefix (e.g. {@code /wfs}); it receives one {@link org.ecozoning.ogc.common.OgcRequest} and
 *       returns one {@link org.ecozoning.ogc.common.OgcResponse}. It runs on its own virtual thread
 *       and may block (files, database).</li>
 *   <li>{@link org.ecozoning.ogc.common.OgcRequest#path()} is the path below the mount point
 *       ({@code /} for the mount point itself); {@link org.ecozoning.ogc.common.OgcRequest#baseUrl()}
 *       is the server root as the client reached it ({@code http://host:port}, no trailing slash,
 *       honouring {@code Forwarded} headers when configured).</li>
 *   <li>KVP parameter names are case-insensitive ({@code SERVICE} = {@code service}); header names too.
 *       Values keep their case.</li>
 *   <li>The request body is limited by the server ({@code limits.maxRequestBodyBytes}); reading past
 *       the limit throws a {@link org.ecozoning.ogc.common.ProblemException} with status 413.</li>
 *   <li>Large bodies stream: a {@link org.ecozoning.ogc.common.BodyWriter} writes while the response is
 *       sent (chunked), so memory stays flat. A body that fits the server's 32 KiB buffer is sent with
 *       {@code Content-Length}.</li>
 *   <li>OWS services answer bad input in their own exception format (OWS ExceptionReport, WMS
 *       ServiceExceptionReport). JSON APIs may throw a {@link org.ecozoning.ogc.common.ProblemException}
 *       or return {@link org.ecozoning.ogc.common.Problem#toResponse()} (RFC 9457
 *       {@code application/problem+json}).</li>
 *   <li>Any other exception becomes a 500 problem carrying only an error id; the stack trace goes to the
 *       server log, never to the client. A failure after the body has started aborts the connection.</li>
 * </ul>
 */
package org.ecozoning.ogc.common;
