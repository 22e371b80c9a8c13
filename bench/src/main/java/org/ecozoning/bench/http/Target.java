package org.ecozoning.bench.http;

/**
 * Something the load generator calls: a server over HTTP, or the same work in process. Calls come
 * from several threads at once, so implementations must be thread-safe.
 */
public interface Target {
    /** @return short name shown in the results (e.g. "ecozoning", "mapserver", "in-process") */
    String name();

    /**
     * Performs one request and checks its answer.
     *
     * @param request the request (the target decides what it means)
     * @return the response size in bytes
     * @throws Exception on any failure, including a response that fails its check; counted as an error
     */
    long call(RequestLine request) throws Exception;
}
