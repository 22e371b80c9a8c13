package org.ecozoning.store;

/** The version, unit, clause or assessment named does not exist. */
public class NotFoundException extends StoreException {
    public NotFoundException(String message) { super(message); }

    public static NotFoundException version(long id) {
        return new NotFoundException("找不到版本 " + id + " / no scheme version with id " + id);
    }
}
