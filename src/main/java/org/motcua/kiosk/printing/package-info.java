/**
 * Printing tickets and procedure memos on an ESC/POS thermal printer, a leaf module that knows nothing of the queue
 * or the catalogue: they hand it printouts. The printouts are drawn as bitmaps with the bundled Noto Sans (printer
 * code pages mangle Vietnamese tone marks) and encoded as ESC/POS raster images sent in bands
 * ({@link org.motcua.kiosk.printing.TicketRenderer}, {@link org.motcua.kiosk.printing.MemoRenderer},
 * {@link org.motcua.kiosk.printing.EscPosEncoder}). {@link org.motcua.kiosk.printing.PrintService} keeps every job
 * in Derby so none is lost, sends it on one print thread with a timeout (a USB write can block forever when the
 * paper is out), reads the printer's real-time status (DLE EOT) where the connection allows, and announces status
 * changes and job results as events. The connections (file, USB device file, serial, raw TCP) live in
 * {@code transport}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Printing")
package org.motcua.kiosk.printing;
