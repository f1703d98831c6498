package org.motcua.kiosk.appliance;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Chromium's managed policy for the appliance's browser
 * ({@code /etc/chromium/policies/managed/motcua.json}, a link to the file written at boot): only the kiosk's own
 * pages, never the back office or the counter's login from the touchscreen, and none of the browser's own ways out
 * (downloads, developer tools, the translate bar, password prompts, file dialogs, printing, sign-in), and none of
 * its own notices over the page (the ad-privacy notice a new profile is shown, promotions, "make default"): the
 * screen's profile is new at every boot.
 */
final class ChromiumPolicy {

    /** Local pages the browser may show: the "starting…" page, and the page listing wrong lines in motcua.txt. */
    static final List<String> LOCAL_PAGES = List.of("file:///usr/share/motcua/", "file:///run/motcua/config-errors.html");

    /** The screens that need a login: the back office, the counter screen and the login itself. */
    static final List<String> STAFF_PATHS = List.of("admin", "quay", "login", "setup");

    private ChromiumPolicy() {
    }

    static String json(URI origin) {
        String base = origin.toString().endsWith("/") ? origin.toString() : origin + "/";
        List<String> allow = new ArrayList<>();
        allow.add(base);
        allow.addAll(LOCAL_PAGES);
        List<String> block = new ArrayList<>();
        block.add("*");
        // a path is a prefix; the longer (more specific) blocked path wins over the allowed origin
        for (String p : STAFF_PATHS) {
            block.add(base + p);
        }
        return """
                {
                  "URLBlocklist": %s,
                  "URLAllowlist": %s,
                  "DownloadRestrictions": 3,
                  "DeveloperToolsAvailability": 2,
                  "TranslateEnabled": false,
                  "PasswordManagerEnabled": false,
                  "AllowFileSelectionDialogs": false,
                  "PrintingEnabled": false,
                  "BrowserSignin": 0,
                  "SyncDisabled": true,
                  "AutofillAddressEnabled": false,
                  "AutofillCreditCardEnabled": false,
                  "SearchSuggestEnabled": false,
                  "SpellcheckEnabled": false,
                  "BookmarkBarEnabled": false,
                  "IncognitoModeAvailability": 1,
                  "DefaultNotificationsSetting": 2,
                  "DefaultGeolocationSetting": 2,
                  "DefaultPopupsSetting": 2,
                  "MetricsReportingEnabled": false,
                  "AutoplayAllowed": true,
                  "BackgroundModeEnabled": false,
                  "HardwareAccelerationModeEnabled": true,
                  "TouchVirtualKeyboardEnabled": false,
                  "ShowFullUrlsInAddressBar": false,
                  "PrivacySandboxPromptEnabled": false,
                  "PromotionsEnabled": false,
                  "DefaultBrowserSettingEnabled": false
                }
                """.formatted(array(block), array(allow));
    }

    private static String array(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return b.append(']').toString();
    }
}
