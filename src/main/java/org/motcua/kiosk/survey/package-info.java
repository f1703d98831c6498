/**
 * Satisfaction ratings after pickup (Decision 766, NĐ 61/2018 Điều 29): levels, the TT 01/2018 questions, the rating
 * windows that a finished ticket opens at its counter, the three ways to rate (counter screen, button box, the code
 * on the ticket or receipt at the kiosk), and the reports an office must give.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Survey")
package org.motcua.kiosk.survey;
