package org.ecozoning.ogc.common;

import java.util.Objects;

/**
 * Thrown by a handler (or the request parser) to answer with an RFC 9457 problem, e.g. a missing or
 * malformed parameter. The server turns it into an {@code application/problem+json} response with the
 * problem's status; the message is the problem detail, so it must be fit for the client.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * @param problem what to answer
     */
    public ProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").detail(), null, false, false);
        this.problem = problem;
    }

    /**
     * A 400 problem with a bilingual detail {@code "zh / en"}.
     *
     * @param detailZh the Chinese explanation
     * @param detailEn the English explanation
     * @return the exception to throw
     */
    public static ProblemException badRequest(String detailZh, String detailEn) {
        return new ProblemException(Problem.of(400, detailZh + " / " + detailEn));
    }

    /**
     * A 404 problem with a bilingual detail.
     *
     * @param detailZh the Chinese explanation
     * @param detailEn the English explanation
     * @return the exception to throw
     */
    public static ProblemException notFound(String detailZh, String detailEn) {
        return new ProblemException(Problem.of(404, detailZh + " / " + detailEn));
    }

    /** @return the problem to answer with */
    public Problem problem() {
        return problem;
    }
}
