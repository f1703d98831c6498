/**
 * The posted procedure catalogue (thủ tục hành chính): its model and file format, import, search, and the
 * kiosk screens that browse it. Content is data keyed on the national procedure code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package org.motcua.kiosk.catalog;
