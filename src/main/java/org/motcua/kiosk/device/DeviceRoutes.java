package org.motcua.kiosk.device;

/** Where the back office finds the button boxes, so its navigation need not know the module's views. */
public final class DeviceRoutes {

    /** The boxes, their LEDs and (on the simulated board) buttons to press. */
    public static final String DEVICES = "admin/devices";

    private DeviceRoutes() {
    }
}
