package org.marginalia.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A save refused because its file is no longer what this program read: someone else saved, created or
 * deleted it meanwhile. Nothing was written; the caller decides (reload, overwrite, or keep a copy).
 */
public final class FileChangedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public FileChangedException(Path file, String what) {
        super(file + " " + what + " since it was read (another program or person saved there); it was not overwritten."
                + " Reload it, or keep your version in another file");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
