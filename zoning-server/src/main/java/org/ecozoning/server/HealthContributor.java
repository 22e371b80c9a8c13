package org.ecozoning.server;

/**
 * Adds one named section to {@code /health}, e.g. {@code scheme} (which zoning scheme is loaded, how
 * many units) or {@code database}. Registered with {@link ZoningServer.Builder#healthContributor}.
 */
public interface HealthContributor {

    /** @return the JSON member name of the section, e.g. {@code scheme} */
    String name();

    /**
     * @return the section: a map, record or other Jackson-serialisable value; {@code null} to leave it
     *         out (nothing to report yet)
     * @throws Exception when the part is unhealthy: /health then reports {@code DEGRADED} and this
     *                   section as {@code DOWN} with the exception message
     */
    Object details() throws Exception;
}
