package org.agendum.ui.window;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import org.agendum.session.Ticker;

/** The session's timer as a JavaFX timeline: the ticks come on the FX thread. */
final class FxTicker implements Ticker {
    @Override
    public Runnable start(Duration interval, Runnable tick) {
        Timeline timer = new Timeline(new KeyFrame(javafx.util.Duration.millis(interval.toMillis()), event -> tick.run()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
        return timer::stop;
    }
}
