package org.motcua.kiosk.base;

import java.nio.file.Path;

/** The data directory cannot be made or written (see {@link DataDirectoryCheck}). */
public class DataDirectoryException extends RuntimeException {

    private final transient Path directory;

    public DataDirectoryException(Path directory, Throwable cause) {
        super("The data directory " + directory.toAbsolutePath() + " cannot be used: " + cause, cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
