/**
 * The back office: accounts and login (Spring Security), the first administrator, and the screens where an
 * administrator looks after the kiosk (for now the procedure catalogue).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back office")
package org.motcua.kiosk.admin;
