/**
 * What several modules truly share: values such as {@link org.motcua.kiosk.base.Money}, the text
 * helpers for Vietnamese, and the application shell configuration.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.motcua.kiosk.base;
