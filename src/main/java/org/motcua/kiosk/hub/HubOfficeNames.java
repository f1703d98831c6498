package org.motcua.kiosk.hub;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import org.motcua.kiosk.survey.OfficeNames;

/** The hub's offices, named as registered ({@code hub_office}), for the reports that compare offices. */
@Component
@Profile("hub")
class HubOfficeNames implements OfficeNames {

    private final HubRegistry registry;

    HubOfficeNames(HubRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        registry.offices().forEach(o -> names.put(o.code(), o.name()));
        return names;
    }
}
