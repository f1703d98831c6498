package org.motcua.kiosk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.office.*}: the office this kiosk stands in.
 *
 * @param name as shown on the kiosk and on tickets, e.g. "Trung tâm Phục vụ hành chính công phường Mẫu"
 * @param address street address, may be empty
 */
@ConfigurationProperties("motcua.office")
public record OfficeProperties(
        @DefaultValue("Trung tâm Phục vụ hành chính công") String name,
        @DefaultValue("") String address) {
}
