package org.motcua.kiosk.queue;

import java.util.Set;

/** A counter (quầy) with the services it serves; citizens are called to it by its number. */
public record Counter(int number, String name, boolean active, Set<String> serviceIds) {

    public Counter {
        if (number < 1 || number > 999) {
            throw new IllegalArgumentException("số quầy phải từ 1 đến 999 / a counter number is 1 to 999");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("tên quầy trống / the counter has no name");
        }
        serviceIds = Set.copyOf(serviceIds);
    }

    public boolean serves(String serviceId) {
        return serviceIds.contains(serviceId);
    }
}
