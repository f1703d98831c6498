package org.motcua.kiosk.device;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.motcua.kiosk.device.gpio.Boards;
import org.motcua.kiosk.device.gpio.DeviceTimer;
import org.motcua.kiosk.device.gpio.GpioBoard;
import org.motcua.kiosk.device.gpio.Pi4jBoard;

/** The board (Pi4J only when asked for, and only if it opens), the device timer, and the boxes on them. */
@Configuration(proxyBeanMethods = false)
class DeviceConfiguration {

    @Bean
    Boards.Opened gpio(DeviceProperties properties, Clock clock) {
        return Boards.open(properties.mode() == DeviceProperties.Mode.PI4J, () -> Pi4jBoard.open(clock),
                properties.openTimeout());
    }

    /** Closed with the application: the LEDs go out and the pins are let go. */
    @Bean
    GpioBoard gpioBoard(Boards.Opened gpio) {
        return gpio.board();
    }

    @Bean
    DeviceTimer deviceTimer(Clock clock) {
        return DeviceTimer.of(clock);
    }

    @Bean
    ButtonBoxes buttonBoxes(DeviceProperties properties, Boards.Opened gpio, DeviceTimer timer,
            ApplicationEventPublisher events) {
        return new ButtonBoxes(properties, gpio, timer, events);
    }
}
