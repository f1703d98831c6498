package org.motcua.kiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.motcua.kiosk.printing.PrinterProperties.Transport;

/** Settings that cannot work stop the start with a message naming the setting. */
class PrinterPropertiesTest {

    @Test
    void aNetworkPrinterNeedsAHost() {
        assertThatThrownBy(() -> settings(Transport.TCP, null, null, 80, 115_200))
                .hasMessageContaining("motcua.printer.host");
    }

    @Test
    void usbAndSerialNeedADevice() {
        assertThatThrownBy(() -> settings(Transport.USB, null, null, 80, 115_200))
                .hasMessageContaining("motcua.printer.device").hasMessageContaining("/dev/usb/lp0");
        assertThatThrownBy(() -> settings(Transport.SERIAL, " ", null, 80, 115_200))
                .hasMessageContaining("/dev/ttyUSB0");
    }

    @Test
    void paperIs58Or80Millimetres() {
        assertThatThrownBy(() -> settings(Transport.FILE, null, null, 76, 115_200))
                .hasMessageContaining("motcua.printer.paper-width must be 58 or 80");
        assertThat(settings(Transport.FILE, null, null, 58, 115_200).widthDots()).isEqualTo(384);
        assertThat(settings(Transport.FILE, null, null, 80, 115_200).widthDots()).isEqualTo(576);
    }

    @Test
    void aSlowSerialLineIsAllowedButNotNonsense() {
        assertThat(settings(Transport.SERIAL, "/dev/ttyUSB0", null, 80, 38_400).baud()).isEqualTo(38_400);
        assertThatThrownBy(() -> settings(Transport.SERIAL, "/dev/ttyUSB0", null, 80, 0))
                .hasMessageContaining("motcua.printer.baud");
    }

    private static PrinterProperties settings(Transport transport, String device, String host, int width, int baud) {
        return new PrinterProperties(transport, device, host, 9100, baud, width, true, null, null,
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(15), 20);
    }
}
