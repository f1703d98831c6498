package org.motcua.kiosk.hub;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code motcua.hub.*}.
 *
 * @param maxBatch the most records one batch may carry (more: 413)
 * @param maxBody the largest batch body (more: 413)
 */
@ConfigurationProperties("motcua.hub")
public record HubProperties(
        @DefaultValue("1000") int maxBatch,
        @DefaultValue("4MB") DataSize maxBody) {

    public HubProperties {
        if (maxBatch < 1 || maxBody.toBytes() < 1024) {
            throw new IllegalArgumentException("motcua.hub.max-batch must be at least 1 and max-body at least 1KB");
        }
    }
}
