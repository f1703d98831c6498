/**
 * Printing on ESC/POS thermal printers. The ticket and the procedure memo are drawn as bitmaps with the bundled
 * Noto Sans (printer code pages mangle Vietnamese tone marks), then encoded as ESC/POS raster images sent in bands
 * ({@link org.motcua.kiosk.printing.TicketRenderer}, {@link org.motcua.kiosk.printing.MemoRenderer},
 * {@link org.motcua.kiosk.printing.EscPosEncoder}); the transports, the print thread and the printer's status
 * carry the bytes to the paper.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Printing")
package org.motcua.kiosk.printing;
