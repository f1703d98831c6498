package org.motcua.kiosk.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.catalog.*}.
 *
 * @param demo load the demo catalogue shipped in the jar when the database holds no catalogue yet
 * @param demoResource where the demo catalogue is on the class path
 * @param onlineUrlTemplate link to a procedure's page on the national portal when the record has none;
 *                          {@code {code}} is replaced by the procedure code
 */
@ConfigurationProperties("motcua.catalog")
public record CatalogProperties(
        @DefaultValue("true") boolean demo,
        @DefaultValue("catalog/demo-catalog.json") String demoResource,
        @DefaultValue("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-dung-chung.html?ma_thu_tuc={code}")
        String onlineUrlTemplate) {

    /**
     * The page a citizen's phone opens from the QR code on the detail screen; empty for a procedure with neither a
     * link of its own nor a national code (the portal cannot find it by a provisional code).
     */
    public java.util.Optional<String> onlineUrl(Procedure p) {
        if (p.onlineServiceUrl() != null) {
            return java.util.Optional.of(p.onlineServiceUrl());
        }
        if (p.code().isProvisional()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(onlineUrlTemplate.replace("{code}", p.code().value()));
    }
}
