package org.motcua.kiosk.queue;

/**
 * Who is served first (NĐ 63/2010 Điều 18.8; Luật Người cao tuổi: 60 or over). Names in the i18n bundles
 * under {@code priority.<NAME>}.
 */
public enum PriorityGroup {
    ELDERLY, DISABLED, PREGNANT, VETERAN_FAMILY, POOR, ORPHAN, SOCIAL_PROTECTION
}
