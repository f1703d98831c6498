/**
 * The Raspberry Pi's rating button boxes: three to five buttons with an LED each, on the GPIO header, one box per
 * counter. Presses are debounced here and announced as {@link org.motcua.kiosk.device.RatingButtonPressed}, one per
 * real press; whoever records ratings (the survey) tells the box what to show through
 * {@link org.motcua.kiosk.device.ButtonBoxes} (locked, ready, thank you). This module knows nothing of tickets or
 * ratings. The pins are reached through the module's own {@code gpio.GpioBoard}: Pi4J on the device, an in-memory
 * board in development and tests (also when Pi4J cannot open the GPIO, which is announced as
 * {@link org.motcua.kiosk.device.DeviceStatusChanged}); the back office can press the simulated buttons at
 * {@code admin/devices}. Wiring and pin map: hardware/button-box.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Device")
package org.motcua.kiosk.device;
