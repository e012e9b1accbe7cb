package org.agendum.bench;

import java.nio.file.Path;

/** Where the benchmark's files are: {@code -Dagendum.bench.dir}, by default target/bench of the working folder. */
final class BenchFolder {
    private BenchFolder() {
    }

    static Path path() {
        return Path.of(System.getProperty("agendum.bench.dir", "target/bench")).toAbsolutePath();
    }
}
