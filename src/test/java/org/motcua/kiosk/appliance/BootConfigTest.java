package org.motcua.kiosk.appliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** motcua.txt as an office edits it: every value checked, every wrong line named, in Vietnamese and English. */
class BootConfigTest {

    @Test
    void theShippedTemplateIsAValidKioskWithNoProblems() throws Exception {
        String template = Files.readString(Path.of("kiosk-image/deb/files/usr/share/motcua/motcua.txt"),
                StandardCharsets.UTF_8);
        BootConfig c = BootConfig.parse(template);
        assertThat(c.problems()).isEmpty();
        assertThat(c.role()).isEqualTo(BootConfig.Role.KIOSK);
        assertThat(c.officeName()).isEqualTo("Trung tâm Phục vụ hành chính công phường Mẫu");
        assertThat(c.timezone()).isEqualTo(BootConfig.DEFAULT_ZONE);
        assertThat(c.browserUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/"));
        assertThat(c.sshKeys()).isEmpty();
    }

    @Test
    void anEmptyFileIsAKioskWithDefaults() {
        BootConfig c = BootConfig.parse("");
        assertThat(c.problems()).isEmpty();
        assertThat(c.role()).isEqualTo(BootConfig.Role.KIOSK);
        assertThat(c.timezone()).isNull();
        assertThat(c.rotation()).isZero();
        assertThat(c.printer()).isEmpty();
    }

    @Test
    void boardAndRatingPointAtTheKioskServer() {
        BootConfig board = BootConfig.parse("role = board\nserver = 192.168.1.20\n");
        assertThat(board.problems()).isEmpty();
        assertThat(board.browserUrl()).isEqualTo(URI.create("http://192.168.1.20:8080/man-hinh"));
        assertThat(board.origin()).isEqualTo(URI.create("http://192.168.1.20:8080/"));

        BootConfig rating = BootConfig.parse("role=rating\nserver=http://kiosk.local:9000\ncounter=3\n");
        assertThat(rating.problems()).isEmpty();
        assertThat(rating.browserUrl()).isEqualTo(URI.create("http://kiosk.local:9000/danh-gia/quay/3"));

        BootConfig https = BootConfig.parse("role=board\nserver=https://kiosk.phuong.gov.vn\n");
        assertThat(https.browserUrl()).isEqualTo(URI.create("https://kiosk.phuong.gov.vn:443/man-hinh"));
    }

    @Test
    void windowsLineEndingsAByteOrderMarkQuotesAndCaseAreForgiven() {
        BootConfig c = BootConfig.parse("\uFEFFROLE = Board\r\nserver = \"10.0.0.5\"\r\n# ghi chú\r\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.role()).isEqualTo(BootConfig.Role.BOARD);
        assertThat(c.server()).isEqualTo(URI.create("http://10.0.0.5:8080/"));
    }

    @Test
    void eachWrongLineIsNamedWithItsNumberInBothLanguages() {
        BootConfig c = BootConfig.parse("""
                # cài đặt
                role = kiost
                office_name = Phường Mẫu
                rotation = 45
                printer = lpt1
                paper_width = 76
                timezone = Asia/Hanoi
                colour = blue
                this line has no equals sign
                wifi_password = short
                """);
        assertThat(c.problems()).extracting(BootConfig.Problem::line).containsExactlyInAnyOrder(2, 4, 5, 6, 7, 8, 9,
                10);
        assertThat(texts(c)).anySatisfy(t -> assertThat(t).startsWith("Dòng 2: vai trò phải là kiosk, board hoặc "
                + "rating (đang là 'kiost') / Line 2: role must be kiosk, board or rating (it is 'kiost')"));
        assertThat(texts(c)).anySatisfy(t -> assertThat(t).contains("Dòng 4: xoay màn hình phải là 0, 90, 180 hoặc 270")
                .contains("Line 4: rotation must be 0, 90, 180 or 270"));
        assertThat(texts(c)).anySatisfy(t -> assertThat(t).contains("Dòng 7: múi giờ 'Asia/Hanoi' không có"));
        assertThat(texts(c)).anySatisfy(t -> assertThat(t).contains("Dòng 8: không có mục cài đặt tên 'colour'"));
        assertThat(texts(c)).anySatisfy(t -> assertThat(t).contains("Dòng 9: thiếu dấu '='"));
        assertThat(texts(c)).anySatisfy(t -> assertThat(t).contains("Dòng 10: mật khẩu Wi-Fi phải dài 8 đến 63"));
        // what was right is kept; what was wrong keeps its default
        assertThat(c.officeName()).isEqualTo("Phường Mẫu");
        assertThat(c.role()).isEqualTo(BootConfig.Role.KIOSK);
        assertThat(c.rotation()).isZero();
        assertThat(c.printer()).isEmpty();
    }

    @Test
    void aRoleWithoutWhatItNeedsSaysWhatToAdd() {
        BootConfig board = BootConfig.parse("role = board\n");
        assertThat(texts(board)).containsExactly("vai trò 'board' cần địa chỉ máy kiosk: thêm dòng "
                + "'server = 192.168.1.20' / role 'board' needs the kiosk server's address: add a line "
                + "'server = 192.168.1.20'");
        BootConfig rating = BootConfig.parse("role = rating\nserver = 10.0.0.5\ncounter = 0\n");
        assertThat(texts(rating)).containsExactly("Dòng 3: số quầy phải là số từ 1 đến 999 (đang là '0') / Line 3: "
                + "counter number must be a number from 1 to 999 (it is '0')");
        BootConfig noCounter = BootConfig.parse("role = rating\nserver = 10.0.0.5\n");
        assertThat(texts(noCounter)).singleElement().asString().contains("thêm dòng 'counter = 1'");
    }

    @Test
    void serverAddressesThatAreNotOneAreRefused() {
        for (String bad : List.of("http://", "ftp://10.0.0.5", "10.0.0.5/admin", "http://user@10.0.0.5", "kiosk box",
                "http://10.0.0.5/?x=1")) {
            BootConfig c = BootConfig.parse("role = board\nserver = " + bad + "\n");
            assertThat(texts(c)).as(bad).anySatisfy(t -> assertThat(t).startsWith("Dòng 2: địa chỉ máy kiosk"));
        }
    }

    @Test
    void aSettingGivenTwiceIsNamedOnItsSecondLine() {
        BootConfig c = BootConfig.parse("office_name = A\noffice_name = B\n");
        assertThat(texts(c)).containsExactly("Dòng 2: 'office_name' đã được đặt ở dòng 1 / Line 2: 'office_name' "
                + "was already set on line 1");
        assertThat(c.officeName()).isEqualTo("A");
    }

    @Test
    void hubNeedsItsIdAndTokenAndAnHttpAddress() {
        assertThat(texts(BootConfig.parse("hub_url = https://hub.example.vn\n"))).singleElement().asString()
                .startsWith("Dòng 1: có địa chỉ máy chủ tổng hợp thì cần cả hub_kiosk_id và hub_token");
        assertThat(texts(BootConfig.parse("hub_url = hub.example.vn\n"))).singleElement().asString()
                .contains("phải bắt đầu bằng https://");
        BootConfig ok = BootConfig.parse("hub_url = https://hub.example.vn\nhub_kiosk_id = k1\nhub_token = abc\n");
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.hubToken()).isEqualTo("abc");
    }

    @Test
    void thePublicAddressForPhonesMustBeAnHttpAddress() {
        // the address printed in the QR code: a citizen's phone cannot open "192.168.1.20" without a scheme
        assertThat(texts(BootConfig.parse("public_url = 192.168.1.20\n"))).singleElement().asString()
                .contains("Dòng 1").contains("http://").contains("citizens' phones");
        assertThat(BootConfig.parse("public_url = http://192.168.1.20:8080\n").publicUrl())
                .isEqualTo("http://192.168.1.20:8080");
        assertThat(BootConfig.parse("role = kiosk\n").publicUrl()).isEmpty();
    }

    @Test
    void sshKeysRepeatAndMustBeKeys() {
        String key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBv1Zr2lq8Vn0Hc6m4dAqCqS8xq8mBbtPpkBKkzb1l0Q help@tinh";
        BootConfig c = BootConfig.parse("ssh_key = " + key + "\nssh_key = " + key.replace("help", "other")
                + "\nssh_key = password123\n");
        assertThat(c.sshKeys()).hasSize(2);
        assertThat(texts(c)).singleElement().asString().startsWith("Dòng 3: khóa SSH không đúng dạng");
    }

    @Test
    void printersAreTheFourKinds() {
        for (String ok : List.of("file", "USB", "usb:/dev/usb/lp1", "serial:/dev/ttyUSB0:115200", "serial:/dev/serial0",
                "tcp:192.168.1.50:9100", "tcp:printer.local")) {
            assertThat(BootConfig.parse("printer = " + ok + "\n").problems()).as(ok).isEmpty();
        }
        for (String bad : List.of("usb:lp0", "serial:ttyUSB0", "tcp:", "bluetooth")) {
            assertThat(BootConfig.parse("printer = " + bad + "\n").problems()).as(bad).hasSize(1);
        }
    }

    private static List<String> texts(BootConfig c) {
        return c.problems().stream().map(BootConfig.Problem::text).toList();
    }
}
