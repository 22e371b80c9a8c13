package org.ecozoning.server;

/**
 * A failure whose message is written for the person running the server (bilingual, Chinese first) and
 * is shown as it is, without a stack trace: bad configuration, a port already in use, a missing
 * workspace. The command line prints it and exits with status 1.
 */
public class UserFacingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message bilingual message, {@code "中文 / English"}
     */
    public UserFacingException(String message) {
        super(message);
    }

    /**
     * @param message bilingual message
     * @param cause   the underlying failure (logged at debug level only)
     */
    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
