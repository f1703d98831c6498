package org.motcua.kiosk.appliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What motcua-setup.service writes at boot from motcua.txt, into a directory standing for the root. */
class ApplyBootConfigTest {

    @TempDir
    Path root;

    private BootConfig apply(String motcuaTxt) throws Exception {
        Path file = root.resolve("boot/firmware/motcua.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, motcuaTxt, StandardCharsets.UTF_8);
        return ApplyBootConfig.apply(root, ApplyBootConfig.DEFAULT_FILES);
    }

    private String read(String path) throws Exception {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void aKioskGetsItsOfficeNameHubAndPrinterAsSpringSettings() throws Exception {
        apply("""
                role = kiosk
                office_name = UBND xã "Đông Hòa" \\ Quầy
                public_url = http://192.168.1.20:8080
                hub_url = https://hub.tinh.gov.vn
                hub_kiosk_id = dong-hoa-1
                hub_token = s3cr3t
                printer = serial:/dev/ttyUSB0:115200
                paper_width = 58
                rotation = 90
                """);
        assertThat(read("run/motcua/role")).isEqualTo("kiosk\n");
        assertThat(read("run/motcua/session.env")).contains("MOTCUA_URL='http://127.0.0.1:8080/'")
                .contains("MOTCUA_WAIT_FOR='http://127.0.0.1:8080/'").contains("MOTCUA_ROTATION=90");
        // read back the way Spring Boot reads it
        Map<String, Object> settings = springSettings();
        assertThat(settings).containsEntry("motcua.office.name", "UBND xã \"Đông Hòa\" \\ Quầy")
                .containsEntry("motcua.office.public-url", "http://192.168.1.20:8080")
                .containsEntry("motcua.sync.hub-url", "https://hub.tinh.gov.vn")
                .containsEntry("motcua.sync.kiosk-id", "dong-hoa-1").containsEntry("motcua.sync.token", "s3cr3t")
                .containsEntry("motcua.printer.transport", "SERIAL")
                .containsEntry("motcua.printer.device", "/dev/ttyUSB0").containsEntry("motcua.printer.baud", 115200)
                .containsEntry("motcua.printer.paper-width", 58);
        assertThat(Files.exists(root.resolve("run/motcua/config-errors.html"))).isFalse();
        // no time zone in the file: the system's own stays
        assertThat(Files.exists(root.resolve("etc/localtime"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void aTurnedScreenTurnsItsTouchTooAndAnUprightOneHasNoRule() throws Exception {
        String rule = "run/udev/rules.d/90-motcua-touch.rules";
        apply("role = rating\nserver = 192.168.1.20\ncounter = 2\nrotation = 90\n");
        assertThat(read(rule)).contains("ENV{LIBINPUT_CALIBRATION_MATRIX}=\"0 -1 1 1 0 0\"");
        // a tap at the panel's own (u, v) lands at the turned page's (x, y): 90° turns (u, v) into (1 - v, u)
        assertThat(turn(rule, 0.25, 0.75)).containsExactly(new double[] {0.25, 0.25}, within(1e-9));
        assertThat(turn(rule, 0.9, 0.1)).containsExactly(new double[] {0.9, 0.9}, within(1e-9));
        apply("role = kiosk\nrotation = 180\n");
        assertThat(turn(rule, 0.2, 0.3)).containsExactly(new double[] {0.8, 0.7}, within(1e-9));
        apply("role = kiosk\nrotation = 270\n");
        assertThat(turn(rule, 0.25, 0.75)).containsExactly(new double[] {0.75, 0.75}, within(1e-9));
        apply("role = kiosk\n");
        assertThat(Files.exists(root.resolve(rule))).isFalse();
    }

    /** The matrix of the rule applied as libinput applies it: x' = a·u + b·v + c, y' = d·u + e·v + f. */
    private double[] turn(String rule, double u, double v) throws Exception {
        String m = read(rule).replaceAll("(?s).*LIBINPUT_CALIBRATION_MATRIX}=\"([^\"]+)\".*", "$1").trim();
        double[] k = java.util.Arrays.stream(m.split(" ")).mapToDouble(Double::parseDouble).toArray();
        return new double[] {k[0] * u + k[1] * v + k[2], k[3] * u + k[4] * v + k[5]};
    }

    @Test
    void settingsNotGivenAreNotWrittenSoTheApplianceFileKeepsThem() throws Exception {
        apply("role = kiosk\n");
        assertThat(springSettings()).isEmpty();
    }

    @Test
    void theBrowserPolicyKeepsToTheKioskAndBlocksStaffScreens() throws Exception {
        apply("role = board\nserver = 192.168.1.20\n");
        JsonNode policy = JsonMapper.builder().build().readTree(read("run/motcua/chromium-policy.json"));
        assertThat(strings(policy.get("URLBlocklist"))).contains("*", "http://192.168.1.20:8080/admin",
                "http://192.168.1.20:8080/quay", "http://192.168.1.20:8080/login");
        assertThat(strings(policy.get("URLAllowlist"))).containsExactly("http://192.168.1.20:8080/",
                "file:///usr/share/motcua/", "file:///run/motcua/config-errors.html");
        assertThat(policy.get("DeveloperToolsAvailability").asInt()).isEqualTo(2);
        assertThat(policy.get("DownloadRestrictions").asInt()).isEqualTo(3);
        assertThat(policy.get("AllowFileSelectionDialogs").asBoolean()).isFalse();
        assertThat(policy.get("AutoplayAllowed").asBoolean()).isTrue();
        assertThat(read("run/motcua/role")).isEqualTo("board\n");
        assertThat(read("run/motcua/session.env")).contains("MOTCUA_URL='http://192.168.1.20:8080/man-hinh'");
    }

    @Test
    void wrongLinesBecomeAPageTheScreenShowsAndTheKioskDoesNotStart() throws Exception {
        BootConfig c = apply("role = kiosk\nrotation = 45\noffice_name = <b>Phường</b>\n");
        assertThat(c.problems()).hasSize(1);
        assertThat(read("run/motcua/role")).isEqualTo("broken\n");
        assertThat(read("run/motcua/session.env")).contains("MOTCUA_URL='file:///run/motcua/config-errors.html'")
                .contains("MOTCUA_WAIT_FOR=''");
        String page = read("run/motcua/config-errors.html");
        assertThat(page).contains("Cài đặt của máy chưa đúng").contains("/boot/firmware/motcua.txt")
                .contains("<b>Dòng 2</b> / <i>Line 2</i>: xoay màn hình phải là 0, 90, 180 hoặc 270 (đang là '45')")
                .contains("rotation must be 0, 90, 180 or 270");

        // fixed at the next boot: the page is gone and the kiosk starts
        apply("role = kiosk\nrotation = 90\n");
        assertThat(Files.exists(root.resolve("run/motcua/config-errors.html"))).isFalse();
        assertThat(read("run/motcua/role")).isEqualTo("kiosk\n");
    }

    @Test
    void markupInAValueIsShownAsTextNotRun() throws Exception {
        apply("role = <script>alert(1)</script>\n");
        assertThat(read("run/motcua/config-errors.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void aFileNotSavedAsUtf8IsSaidSo() throws Exception {
        Path file = root.resolve("boot/firmware/motcua.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, "office_name = Ph\u01b0\u1eddng".getBytes("windows-1258"));
        BootConfig c = ApplyBootConfig.apply(root, ApplyBootConfig.DEFAULT_FILES);
        assertThat(c.problems()).first().extracting(BootConfig.Problem::vi).asString().contains("không lưu bằng UTF-8");
    }

    @Test
    void wifiNtpAndRemoteHelpAreWrittenOnlyWhenAsked() throws Exception {
        apply("role = kiosk\n");
        assertThat(Files.exists(root.resolve("run/motcua/remote-help"))).isFalse();
        assertThat(Files.exists(root.resolve("var/lib/iwd"))).isFalse();
        assertThat(Files.exists(root.resolve("etc/systemd/timesyncd.conf.d/motcua.conf"))).isFalse();

        String key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBv1Zr2lq8Vn0Hc6m4dAqCqS8xq8mBbtPpkBKkzb1l0Q help@tinh";
        apply("wifi_ssid = Phòng Một cửa\nwifi_password = matkhau123\nntp_server = 192.168.1.1 pool.ntp.org\n"
                + "ssh_key = " + key + "\ntimezone = Asia/Bangkok\n");
        assertThat(read("run/motcua/remote-help")).isEqualTo("on\n");
        assertThat(read("run/motcua/authorized_keys")).isEqualTo(key + "\n");
        // iwd's name for an SSID with other characters than letters and digits: '=' and its UTF-8 bytes in hex
        Path wifi = root.resolve("var/lib/iwd/=5068c3b26e67204de1bb99742063e1bbad61.psk");
        assertThat(Files.readString(wifi)).contains("Passphrase=matkhau123");
        assertThat(Files.getPosixFilePermissions(wifi)).hasSize(2);
        assertThat(read("etc/systemd/timesyncd.conf.d/motcua.conf")).contains("NTP=192.168.1.1 pool.ntp.org");
        assertThat(Files.readSymbolicLink(root.resolve("etc/localtime")).toString())
                .isEqualTo("/usr/share/zoneinfo/Asia/Bangkok");

        // keys removed from the file: remote help is off again at the next boot
        apply("role = kiosk\n");
        assertThat(Files.exists(root.resolve("run/motcua/remote-help"))).isFalse();
        assertThat(Files.exists(root.resolve("run/motcua/authorized_keys"))).isFalse();
    }

    @Test
    void onTheApplianceAMissingFileMeansTheBootPartitionWasNotReadAndTheScreenSaysSo() throws Exception {
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/motcua-image"), "MOTCUA_VERSION=0.1.0\n");
        BootConfig c = ApplyBootConfig.apply(root, ApplyBootConfig.DEFAULT_FILES);
        assertThat(c.problems()).singleElement().extracting(BootConfig.Problem::en).asString()
                .contains("motcua.txt could not be read from the memory card's boot partition (MOTCUA-BOOT)");
        assertThat(read("run/motcua/role")).isEqualTo("broken\n");
        assertThat(read("run/motcua/config-errors.html")).contains("không đọc được tệp motcua.txt");
    }

    @Test
    void noFileAtAllIsAPlainKiosk() throws Exception {
        BootConfig c = ApplyBootConfig.apply(root, ApplyBootConfig.DEFAULT_FILES);
        assertThat(c.problems()).isEmpty();
        assertThat(read("run/motcua/role")).isEqualTo("kiosk\n");
    }

    private Map<String, Object> springSettings() throws Exception {
        var sources = new YamlPropertySourceLoader().load("boot",
                new FileSystemResource(root.resolve("run/motcua/application.yml")));
        if (sources.isEmpty()) {
            return Map.of();
        }
        var source = (org.springframework.core.env.MapPropertySource) sources.getFirst();
        Map<String, Object> values = new java.util.HashMap<>();
        for (String name : source.getPropertyNames()) {
            values.put(name, source.getProperty(name) instanceof Object o ? unwrap(o) : null);
        }
        return values;
    }

    private static Object unwrap(Object o) {
        return o instanceof org.springframework.boot.origin.OriginTrackedValue v ? v.getValue() : o;
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
