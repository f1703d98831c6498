/**
 * The printing module's own: the connections to a printer (file, USB device file, serial, raw TCP) and the reading
 * of the ESC/POS real-time status (DLE EOT).
 */
package org.motcua.kiosk.printing.transport;
