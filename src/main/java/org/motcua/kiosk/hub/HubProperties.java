package org.motcua.kiosk.hub;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code motcua.hub.*}.
 *
 * @param maxBatch the most records one batch may carry (more: 413)
 * @param maxBody the largest batch body (more: 413)
 * @param silentAfter a kiosk with a token that has not called for this long is marked on the hub's page: a kiosk syncs
 * every few seconds when it has something to send and asks for the catalogue every few minutes, so a day of silence
 * means it is off, cut off, or its token is wrong
 */
@ConfigurationProperties("motcua.hub")
public record HubProperties(
        @DefaultValue("1000") int maxBatch,
        @DefaultValue("4MB") DataSize maxBody,
        @DefaultValue("1d") java.time.Duration silentAfter) {

    public HubProperties {
        if (maxBatch < 1 || maxBody.toBytes() < 1024) {
            throw new IllegalArgumentException("motcua.hub.max-batch must be at least 1 and max-body at least 1KB");
        }
        if (silentAfter.isNegative() || silentAfter.isZero()) {
            throw new IllegalArgumentException("motcua.hub.silent-after must be positive, was " + silentAfter);
        }
    }
}
