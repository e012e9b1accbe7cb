package org.agendum.session;

import java.time.Duration;

/** A timer on the UI thread, so that the session needs no toolkit: the window's is a JavaFX timeline. */
@FunctionalInterface
public interface Ticker {
    /** Calls {@code tick} on the UI thread every {@code interval} from now on; the returned task stops it. */
    Runnable start(Duration interval, Runnable tick);
}
