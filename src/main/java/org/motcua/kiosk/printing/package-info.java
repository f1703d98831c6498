/**
 * Printing tickets and procedure memos on an ESC/POS thermal printer. This half of the module takes ready ESC/POS
 * bytes ({@link org.motcua.kiosk.printing.PrintJob}), keeps every job in Derby so none is lost, sends it on one print
 * thread with a timeout (a USB write can block forever when the paper is out), reads the printer's real-time status
 * (DLE EOT) where the connection allows, and announces status changes and job results as events. The printer
 * connections (file, USB device file, serial, raw TCP) live in {@code transport}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Printing")
package org.motcua.kiosk.printing;
