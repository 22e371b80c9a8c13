package org.ecozoning.server;

/** Invalid server configuration (file or flags); the message names the key, the value and what is expected. */
public class ConfigException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message bilingual message
     */
    public ConfigException(String message) {
        super(message);
    }
}
