/**
 * The touchscreen shell every kiosk screen lives in: home with its tiles, Home and Back, language, text size,
 * high contrast, the idle reset with its countdown, and the kiosk's own Vietnamese on-screen keyboard
 * (kiosk Chromium shows no OS keyboard). Other modules add home tiles through {@link org.motcua.kiosk.kiosk.HomeTile}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kiosk shell")
package org.motcua.kiosk.kiosk;
