package app.contactshield.graphsync.sync;

import java.util.Objects;

/**
 * Where a source's sync stands: a Graph {@code @odata.nextLink} (round not finished) or {@code @odata.deltaLink}
 * (round finished, the next round asks for changes since), a Dataverse delta token or a file digest. Cursors hold
 * no personal data but may hold opaque server tokens: never log {@link #value()}.
 *
 * @param value         the link or token, used as-is
 * @param roundComplete {@code true} when this cursor ends a round (a deltaLink), {@code false} mid-round
 */
public record DeltaCursor(String value, boolean roundComplete) {

    public DeltaCursor {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "DeltaCursor[" + (roundComplete ? "complete" : "mid-round") + "]";
    }
}
