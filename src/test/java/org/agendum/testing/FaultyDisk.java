package org.agendum.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.agendum.io.AtomicFileWriter;

/**
 * A disk that refuses to create files in one folder with the operating system's own words (a read-only share
 * says "Read-only file system", to root too), and writes everywhere else.
 */
public final class FaultyDisk implements AtomicFileWriter.Disk {
    private volatile Path refusedFolder;
    private volatile String reason;

    public FaultyDisk refuse(Path folder, String systemReason) {
        refusedFolder = folder.toAbsolutePath();
        reason = systemReason;
        return this;
    }

    @Override
    public FileChannel createNew(Path file) throws IOException {
        Path folder = refusedFolder;
        if (folder != null && folder.equals(file.toAbsolutePath().getParent())) {
            throw new FileSystemException(file.toString(), null, reason);
        }
        return AtomicFileWriter.Disk.REAL.createNew(file);
    }
}
