package org.motcua.kiosk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.office.*}: the office this kiosk stands in.
 *
 * @param name as shown on the kiosk and on tickets, e.g. "Trung tâm Phục vụ hành chính công phường Mẫu"
 * @param address street address, may be empty
 * @param publicUrl where citizens' phones reach this office's kiosk server, for the links in printed QR codes
 *                  (on the appliance, the office LAN or public address; never localhost there)
 * @param logo a PNG printed at the top of each ticket (black on white, at most the paper's width), or empty
 */
@ConfigurationProperties("motcua.office")
public record OfficeProperties(
        @DefaultValue("Trung tâm Phục vụ hành chính công") String name,
        @DefaultValue("") String address,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("") String logo) {

    public OfficeProperties {
        if (!publicUrl.startsWith("http://") && !publicUrl.startsWith("https://")) {
            throw new IllegalArgumentException("motcua.office.public-url must start with http:// or https://, was "
                    + publicUrl);
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The page a printed ticket's QR code opens: the ticket's state now (and, later, its rating). */
    public String ticketLink(java.util.UUID ticketId) {
        return publicUrl + "/ve/" + ticketId;
    }
}
