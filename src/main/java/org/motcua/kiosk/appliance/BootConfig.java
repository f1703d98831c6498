package org.motcua.kiosk.appliance;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The office's settings file on the boot partition ({@code motcua.txt}), read at every boot: {@code key = value}
 * lines, {@code #} comments. Every value is checked; a wrong one becomes a {@link Problem} naming its line, in
 * Vietnamese and English, and the settings keep their defaults for it, so the screen can say what to fix.
 * Text settings that were not given are empty, numbers zero, the time zone null ({@code printer} and
 * {@code paperWidth} then come from the application's own configuration, the time zone stays the system's).
 *
 * <p>Parsed by hand: the format is the one FullPageOS and Debian's raspi images use (a text file an office edits
 * with Notepad), which no properties or YAML library reads with line-numbered, bilingual reasons.
 */
record BootConfig(Role role, String officeName, String publicUrl, URI server, int counter, String hubUrl,
                  String hubKioskId,
                  String hubToken, String wifiSsid, String wifiPassword, ZoneId timezone, int rotation,
                  String printer, int paperWidth, List<String> ntpServers, List<String> sshKeys,
                  List<Problem> problems) {

    enum Role {
        KIOSK, BOARD, RATING
    }

    /** One wrong line (0 when the problem is a missing setting), said in both languages. */
    record Problem(int line, String vi, String en) {
        String text() {
            return line > 0 ? "Dòng " + line + ": " + vi + " / Line " + line + ": " + en : vi + " / " + en;
        }
    }

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int KIOSK_PORT = 8080;

    private static final Pattern HOST = Pattern.compile(
            "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern SSH_KEY = Pattern.compile(
            "(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\\.com"
                    + "|sk-ecdsa-sha2-nistp256@openssh\\.com) [A-Za-z0-9+/]{40,}={0,3}( [^\\n]*)?");
    private static final Pattern PRINTER = Pattern.compile(
            "file|usb(:/dev/[A-Za-z0-9/_.-]+)?|serial:/dev/[A-Za-z0-9/_.-]+(:\\d{4,7})?|tcp:[A-Za-z0-9.-]+(:\\d{1,5})?");
    private static final List<String> KEYS = List.of("role", "office_name", "public_url", "server", "counter", "hub_url",
            "hub_kiosk_id", "hub_token", "wifi_ssid", "wifi_password", "timezone", "rotation", "printer",
            "paper_width", "ntp_server", "ssh_key");

    /** The address the browser of this role opens (the kiosk's own loopback address for the kiosk). */
    URI browserUrl() {
        return switch (role) {
            case KIOSK -> URI.create("http://127.0.0.1:" + KIOSK_PORT + "/");
            case BOARD -> server.resolve("/man-hinh");
            case RATING -> server.resolve("/danh-gia/quay/" + counter);
        };
    }

    /** The origin the browser may show: the kiosk's loopback address, or the kiosk server's. */
    URI origin() {
        return role == Role.KIOSK ? URI.create("http://127.0.0.1:" + KIOSK_PORT + "/") : server.resolve("/");
    }

    static BootConfig parse(String text) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<String> sshKeys = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip(); // Notepad's byte order mark
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(new Problem(n, "thiếu dấu '=' (viết: tên = giá trị)",
                        "no '=' (write: name = value)"));
                continue;
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = unquote(line.substring(eq + 1).strip());
            if (!KEYS.contains(key)) {
                problems.add(new Problem(n, "không có mục cài đặt tên '" + key + "'",
                        "there is no setting called '" + key + "'"));
                continue;
            }
            if (key.equals("ssh_key")) {
                if (!value.isEmpty()) {
                    if (SSH_KEY.matcher(value).matches()) {
                        sshKeys.add(value);
                    } else {
                        problems.add(new Problem(n, "khóa SSH không đúng dạng (một dòng khóa công khai, vd. "
                                + "'ssh-ed25519 AAAA…')", "not an SSH public key (one line, e.g. 'ssh-ed25519 AAAA…')"));
                    }
                }
                continue;
            }
            if (seen.containsKey(key)) {
                problems.add(new Problem(n, "'" + key + "' đã được đặt ở dòng " + seen.get(key),
                        "'" + key + "' was already set on line " + seen.get(key)));
                continue;
            }
            seen.put(key, n);
            lineOf.put(key, n);
            values.put(key, value);
        }
        return new Reader(values, lineOf, problems).read(sshKeys);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private record Reader(Map<String, String> values, Map<String, Integer> lineOf, List<Problem> problems) {

        BootConfig read(List<String> sshKeys) {
            Role role = Role.KIOSK;
            String r = get("role");
            if (!r.isEmpty()) {
                try {
                    role = Role.valueOf(r.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    wrong("role", "vai trò phải là kiosk, board hoặc rating (đang là '" + r + "')",
                            "role must be kiosk, board or rating (it is '" + r + "')");
                }
            }
            String office = get("office_name");
            if (office.length() > 150) {
                wrong("office_name", "tên đơn vị dài quá 150 ký tự", "the office name is longer than 150 characters");
                office = "";
            }
            URI server = null;
            String s = get("server");
            if (!s.isEmpty()) {
                server = serverUri(s);
            }
            if (role != Role.KIOSK && server == null && s.isEmpty()) {
                problems.add(new Problem(0, "vai trò '" + role.name().toLowerCase(Locale.ROOT)
                        + "' cần địa chỉ máy kiosk: thêm dòng 'server = 192.168.1.20'",
                        "role '" + role.name().toLowerCase(Locale.ROOT)
                                + "' needs the kiosk server's address: add a line 'server = 192.168.1.20'"));
            }
            int counter = 0;
            String c = get("counter");
            if (!c.isEmpty()) {
                counter = number("counter", c, 1, 999, "số quầy", "counter number");
            } else if (role == Role.RATING) {
                problems.add(new Problem(0, "vai trò 'rating' cần số quầy: thêm dòng 'counter = 1'",
                        "role 'rating' needs the counter's number: add a line 'counter = 1'"));
            }
            String publicUrl = get("public_url");
            if (!publicUrl.isEmpty() && (!httpUrl(publicUrl) || publicUrl.contains(" "))) {
                wrong("public_url", "địa chỉ cho điện thoại của người dân phải bắt đầu bằng http:// hoặc https:// "
                                + "(vd. http://192.168.1.20:8080)",
                        "the address for citizens' phones must start with http:// or https:// "
                                + "(e.g. http://192.168.1.20:8080)");
                publicUrl = "";
            }
            String hubUrl = get("hub_url");
            if (!hubUrl.isEmpty() && !httpUrl(hubUrl)) {
                wrong("hub_url", "địa chỉ máy chủ tổng hợp phải bắt đầu bằng https:// hoặc http://",
                        "the hub's address must start with https:// or http://");
                hubUrl = "";
            }
            String kioskId = get("hub_kiosk_id");
            String token = get("hub_token");
            if (!hubUrl.isEmpty() && (kioskId.isEmpty() || token.isEmpty())) {
                wrong("hub_url", "có địa chỉ máy chủ tổng hợp thì cần cả hub_kiosk_id và hub_token",
                        "with a hub address, hub_kiosk_id and hub_token are needed too");
            }
            String ssid = get("wifi_ssid");
            String password = get("wifi_password");
            if (ssid.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 32) {
                wrong("wifi_ssid", "tên Wi-Fi dài quá 32 byte", "the Wi-Fi name is longer than 32 bytes");
                ssid = "";
            }
            if (!password.isEmpty() && (password.length() < 8 || password.length() > 63)) {
                wrong("wifi_password", "mật khẩu Wi-Fi phải dài 8 đến 63 ký tự",
                        "the Wi-Fi password must be 8 to 63 characters");
                password = "";
            }
            if (!password.isEmpty() && ssid.isEmpty()) {
                wrong("wifi_password", "có mật khẩu Wi-Fi nhưng thiếu tên Wi-Fi (wifi_ssid)",
                        "a Wi-Fi password without a Wi-Fi name (wifi_ssid)");
            }
            ZoneId zone = null;
            String tz = get("timezone");
            if (!tz.isEmpty()) {
                try {
                    zone = ZoneId.of(tz);
                } catch (DateTimeException e) {
                    wrong("timezone", "múi giờ '" + tz + "' không có (vd. Asia/Ho_Chi_Minh)",
                            "there is no time zone '" + tz + "' (e.g. Asia/Ho_Chi_Minh)");
                }
            }
            int rotation = 0;
            String rot = get("rotation");
            if (!rot.isEmpty()) {
                if (List.of("0", "90", "180", "270").contains(rot)) {
                    rotation = Integer.parseInt(rot);
                } else {
                    wrong("rotation", "xoay màn hình phải là 0, 90, 180 hoặc 270 (đang là '" + rot + "')",
                            "rotation must be 0, 90, 180 or 270 (it is '" + rot + "')");
                }
            }
            String printer = get("printer");
            if (printer.equalsIgnoreCase("file") || printer.equalsIgnoreCase("usb")) {
                printer = printer.toLowerCase(Locale.ROOT);
            }
            if (!printer.isEmpty() && !PRINTER.matcher(printer).matches()) {
                wrong("printer", "máy in phải là file, usb, usb:/dev/…, serial:/dev/ttyUSB0:115200 hoặc "
                        + "tcp:192.168.1.50:9100 (đang là '" + printer + "')", "printer must be file, usb, "
                        + "usb:/dev/…, serial:/dev/ttyUSB0:115200 or tcp:192.168.1.50:9100 (it is '" + printer + "')");
                printer = "";
            }
            int paper = 0;
            String p = get("paper_width");
            if (!p.isEmpty()) {
                if (p.equals("58") || p.equals("80")) {
                    paper = Integer.parseInt(p);
                } else {
                    wrong("paper_width", "khổ giấy phải là 58 hoặc 80 (mm) (đang là '" + p + "')",
                            "paper width must be 58 or 80 (mm) (it is '" + p + "')");
                }
            }
            List<String> ntp = new ArrayList<>();
            for (String server2 : get("ntp_server").split("[\\s,]+")) {
                if (server2.isEmpty()) {
                    continue;
                }
                if (HOST.matcher(server2).matches()) {
                    ntp.add(server2);
                } else {
                    wrong("ntp_server", "'" + server2 + "' không phải tên máy hay địa chỉ IP",
                            "'" + server2 + "' is not a host name or IP address");
                }
            }
            return new BootConfig(role, office, publicUrl, server, counter, hubUrl, kioskId, token, ssid, password, zone,
                    rotation, printer, paper, List.copyOf(ntp), List.copyOf(sshKeys), List.copyOf(problems));
        }

        private URI serverUri(String s) {
            String text = s.contains("://") ? s : "http://" + s;
            try {
                URI uri = new URI(text);
                if (!httpUrl(text) || uri.getHost() == null || !HOST.matcher(uri.getHost()).matches()
                        || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))
                        || uri.getQuery() != null || uri.getUserInfo() != null) {
                    throw new URISyntaxException(s, "not a server address");
                }
                int port = uri.getPort() < 0 ? (uri.getScheme().equals("https") ? 443 : KIOSK_PORT) : uri.getPort();
                return new URI(uri.getScheme(), null, uri.getHost(), port, "/", null, null);
            } catch (URISyntaxException e) {
                wrong("server", "địa chỉ máy kiosk '" + s + "' không đúng (vd. 192.168.1.20 hoặc "
                        + "http://192.168.1.20:8080)", "the kiosk server's address '" + s
                        + "' is not valid (e.g. 192.168.1.20 or http://192.168.1.20:8080)");
                return null;
            }
        }

        private static boolean httpUrl(String s) {
            try {
                URI uri = new URI(s);
                return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        private int number(String key, String value, int min, int max, String vi, String en) {
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            wrong(key, vi + " phải là số từ " + min + " đến " + max + " (đang là '" + value + "')",
                    en + " must be a number from " + min + " to " + max + " (it is '" + value + "')");
            return 0;
        }

        private String get(String key) {
            return Optional.ofNullable(values.get(key)).orElse("");
        }

        private void wrong(String key, String vi, String en) {
            problems.add(new Problem(lineOf.getOrDefault(key, 0), vi, en));
        }
    }
}
