package org.motcua.kiosk.appliance;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Applies the boot partition's {@code motcua.txt} at every boot, before the kiosk, the browser and the network start
 * ({@code motcua-setup.service}, as root; the root file system is an overlay in memory, so what this writes lasts
 * until the next boot and the file stays the one truth).
 *
 * <pre>java -cp motcua-kiosk.jar org.motcua.kiosk.appliance.ApplyBootConfig [--root DIR] [CONFIG FILE…]</pre>
 *
 * <p>Reads the first config file that exists (default {@code /boot/firmware/motcua.txt}, then
 * {@code /etc/motcua/motcua.txt}); none means the defaults (a kiosk). Writes, under {@code --root} (default /):
 * <ul>
 * <li>{@code run/motcua/role}: kiosk, board or rating (the kiosk's JVM starts only for kiosk);</li>
 * <li>{@code run/motcua/session.env}: the browser's address and the screen's rotation;</li>
 * <li>{@code run/motcua/application.yml}: the office's name, hub and printer for the kiosk's JVM;</li>
 * <li>{@code run/motcua/chromium-policy.json}: the browser kept to that one origin;</li>
 * <li>{@code run/motcua/config-errors.html} when a line is wrong: the browser shows it instead of the kiosk, in
 *     words, line by line, in Vietnamese and English;</li>
 * <li>the time zone (when the file names one), the Wi-Fi network (iwd), the NTP servers (timesyncd) and, only when keys are given, the SSH
 *     keys for remote help ({@code run/motcua/remote-help} lets ssh.service start).</li>
 * </ul>
 * Exit status 0 even with wrong lines (the screen says what to fix); 1 only when nothing could be written.
 */
public final class ApplyBootConfig {

    static final List<String> DEFAULT_FILES = List.of("/boot/firmware/motcua.txt", "/etc/motcua/motcua.txt");
    /** Written by kiosk-image/build.sh: this is the appliance's image, where motcua.txt must exist. */
    static final String IMAGE_MARK = "/etc/motcua-image";

    private ApplyBootConfig() {
    }

    public static void main(String[] args) {
        Path root = Path.of("/");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--root") && i + 1 < args.length) {
                root = Path.of(args[++i]);
            } else {
                files.add(args[i]);
            }
        }
        try {
            BootConfig config = apply(root, files.isEmpty() ? DEFAULT_FILES : files);
            System.out.println("motcua.txt: role " + config.role().name().toLowerCase(Locale.ROOT) + ", browser "
                    + config.browserUrl() + ", " + config.problems().size() + " problem(s)");
            config.problems().forEach(p -> System.out.println("motcua.txt: " + p.text()));
        } catch (IOException e) {
            System.err.println("motcua.txt could not be applied: " + e);
            System.exit(1);
        }
    }

    /** Reads the first existing file of {@code files} (paths are taken under {@code root}) and applies it. */
    static BootConfig apply(Path root, List<String> files) throws IOException {
        String text = "";
        String source = "";
        BootConfig.Problem unreadable = null;
        for (String f : files) {
            Path p = under(root, f);
            if (Files.isRegularFile(p)) {
                source = f;
                try {
                    text = Files.readString(p, StandardCharsets.UTF_8);
                } catch (MalformedInputException e) {
                    unreadable = new BootConfig.Problem(0, "tệp " + f + " không lưu bằng UTF-8: hãy lưu lại với "
                            + "mã hóa UTF-8", "the file " + f + " is not saved as UTF-8: save it again as UTF-8");
                }
                break;
            }
        }
        BootConfig config = BootConfig.parse(text);
        if (source.isEmpty() && Files.exists(under(root, IMAGE_MARK))) {
            // on the appliance the file is always there: its absence means the boot partition was not read
            unreadable = new BootConfig.Problem(0, "không đọc được tệp motcua.txt trên phân vùng khởi động "
                    + "(MOTCUA-BOOT) của thẻ nhớ: thẻ hỏng hoặc tệp đã bị xóa", "motcua.txt could not be read from "
                    + "the memory card's boot partition (MOTCUA-BOOT): a damaged card, or the file was deleted");
        }
        if (unreadable != null) {
            List<BootConfig.Problem> problems = new ArrayList<>(config.problems());
            problems.addFirst(unreadable);
            config = withProblems(config, problems);
        }
        write(root, config, source);
        return config;
    }

    private static BootConfig withProblems(BootConfig c, List<BootConfig.Problem> problems) {
        return new BootConfig(c.role(), c.officeName(), c.publicUrl(), c.server(), c.counter(), c.hubUrl(), c.hubKioskId(),
                c.hubToken(), c.wifiSsid(), c.wifiPassword(), c.timezone(), c.rotation(), c.printer(),
                c.paperWidth(), c.ntpServers(), c.sshKeys(), List.copyOf(problems));
    }

    private static void write(Path root, BootConfig config, String source) throws IOException {
        Path run = under(root, "/run/motcua");
        Files.createDirectories(run);
        boolean broken = !config.problems().isEmpty();
        String browser = broken ? "file:///run/motcua/config-errors.html" : config.browserUrl().toString();
        // the browser waits on the local "starting" page until its address answers
        String roleName = config.role().name().toLowerCase(Locale.ROOT);
        writeAtomically(run.resolve("role"), (broken ? "broken" : roleName) + "\n");
        writeAtomically(run.resolve("session.env"), "MOTCUA_ROLE=" + roleName + "\n"
                + "MOTCUA_URL=" + shellWord(browser) + "\n"
                + "MOTCUA_WAIT_FOR=" + shellWord(broken ? "" : config.browserUrl().toString()) + "\n"
                + "MOTCUA_ROTATION=" + config.rotation() + "\n");
        writeAtomically(run.resolve("chromium-policy.json"), ChromiumPolicy.json(config.origin()));
        writeAtomically(run.resolve("application.yml"), springSettings(config));
        Path errors = run.resolve("config-errors.html");
        if (broken) {
            writeAtomically(errors, ConfigErrorPage.html(source.isEmpty() ? "motcua.txt" : source, config.problems()));
        } else {
            Files.deleteIfExists(errors);
        }
        writeTouch(root, config);
        writeTimezone(root, config);
        writeWifi(root, config);
        writeNtp(root, config);
        writeRemoteHelp(root, config);
    }

    /** Settings for the kiosk's JVM: only what the file sets, so /etc/motcua/application.yml keeps the rest. */
    static String springSettings(BootConfig c) {
        StringBuilder y = new StringBuilder();
        if (!c.officeName().isEmpty() || !c.publicUrl().isEmpty()) {
            y.append("  office:\n");
        }
        if (!c.officeName().isEmpty()) {
            y.append("    name: ").append(yamlString(c.officeName())).append('\n');
        }
        if (!c.publicUrl().isEmpty()) {
            y.append("    public-url: ").append(yamlString(c.publicUrl())).append('\n');
        }
        if (!c.hubUrl().isEmpty()) {
            y.append("  sync:\n    hub-url: ").append(yamlString(c.hubUrl())).append('\n')
                    .append("    kiosk-id: ").append(yamlString(c.hubKioskId())).append('\n')
                    .append("    token: ").append(yamlString(c.hubToken())).append('\n');
        }
        String p = c.printer();
        if (!p.isEmpty() || c.paperWidth() > 0) {
            y.append("  printer:\n");
        }
        if (c.paperWidth() > 0) {
            y.append("    paper-width: ").append(c.paperWidth()).append('\n');
        }
        if (p.equals("file")) {
            y.append("    transport: FILE\n");
        } else if (p.startsWith("usb")) {
            y.append("    transport: USB\n    device: ")
                    .append(yamlString(p.contains(":") ? p.substring(4) : "/dev/motcua-printer")).append('\n');
        } else if (p.startsWith("serial:")) {
            String[] parts = p.split(":");
            y.append("    transport: SERIAL\n    device: ").append(yamlString(parts[1])).append('\n');
            if (parts.length > 2) {
                y.append("    baud: ").append(parts[2]).append('\n');
            }
        } else if (p.startsWith("tcp:")) {
            String[] parts = p.split(":");
            y.append("    transport: TCP\n    host: ").append(yamlString(parts[1])).append('\n');
            if (parts.length > 2) {
                y.append("    port: ").append(parts[2]).append('\n');
            }
        }
        String head = "# Written at boot from motcua.txt by motcua-setup.service; edit motcua.txt\n";
        return y.isEmpty() ? head : head + "motcua:\n" + y;
    }

    /**
     * The touch turned with the picture. The compositor (cage) turns the picture by {@code rotation}, but a touchscreen
     * it has not mapped to an output still reports its own, unturned corners, so a tap would land elsewhere on the page.
     * libinput turns a touch device's coordinates by the calibration matrix its udev property names; the rule in
     * /run/udev/rules.d gives every input device that matrix (libinput uses it only on absolute ones: touchscreens,
     * tablets), and motcua-setup has udev apply it before the screen starts. The matrices are libinput's, for a picture
     * turned clockwise by 90, 180 and 270 degrees (wlr-randr's transform; checked in kiosk-image/test-vm.sh by taps).
     */
    static String touchRule(int rotation) {
        String matrix = switch (rotation) {
            case 90 -> "0 -1 1 1 0 0";
            case 180 -> "-1 0 1 0 -1 1";
            case 270 -> "0 1 0 -1 0 1";
            default -> null;
        };
        return matrix == null ? null
                : "# Written at boot from motcua.txt (rotation = " + rotation + ") by motcua-setup.service\n"
                        + "SUBSYSTEM==\"input\", KERNEL==\"event*\", ENV{LIBINPUT_CALIBRATION_MATRIX}=\"" + matrix + "\"\n";
    }

    private static void writeTouch(Path root, BootConfig c) throws IOException {
        Path rule = under(root, "/run/udev/rules.d/90-motcua-touch.rules");
        String text = touchRule(c.rotation());
        if (text == null) {
            Files.deleteIfExists(rule);
            return;
        }
        Files.createDirectories(rule.getParent());
        writeAtomically(rule, text);
    }

    private static void writeTimezone(Path root, BootConfig c) throws IOException {
        if (c.timezone() == null) {
            return; // not set in the file: the system's own zone stays (the image's file sets Asia/Ho_Chi_Minh)
        }
        Path etc = under(root, "/etc");
        Files.createDirectories(etc);
        Path localtime = etc.resolve("localtime");
        Path tmp = etc.resolve(".localtime.motcua");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, Path.of("/usr/share/zoneinfo/" + c.timezone().getId()));
        Files.move(tmp, localtime, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        writeAtomically(etc.resolve("timezone"), c.timezone().getId() + "\n");
    }

    private static void writeWifi(Path root, BootConfig c) throws IOException {
        Path iwd = under(root, "/var/lib/iwd");
        if (c.wifiSsid().isEmpty()) {
            return;
        }
        Files.createDirectories(iwd);
        // iwd names a network's file by its SSID, or '=' and the SSID in hex when it has other characters
        String ssid = c.wifiSsid();
        String name = ssid.matches("[A-Za-z0-9 _-]+") ? ssid
                : "=" + HexFormat.of().formatHex(ssid.getBytes(StandardCharsets.UTF_8));
        String body = c.wifiPassword().isEmpty() ? "[Settings]\nAutoConnect=true\n"
                : "[Security]\nPassphrase=" + c.wifiPassword() + "\n\n[Settings]\nAutoConnect=true\n";
        Path file = iwd.resolve(name + (c.wifiPassword().isEmpty() ? ".open" : ".psk"));
        writeAtomically(file, body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static void writeNtp(Path root, BootConfig c) throws IOException {
        Path conf = under(root, "/etc/systemd/timesyncd.conf.d/motcua.conf");
        if (c.ntpServers().isEmpty()) {
            Files.deleteIfExists(conf);
            return;
        }
        Files.createDirectories(conf.getParent());
        writeAtomically(conf, "# from motcua.txt\n[Time]\nNTP=" + String.join(" ", c.ntpServers()) + "\n");
    }

    private static void writeRemoteHelp(Path root, BootConfig c) throws IOException {
        Path flag = under(root, "/run/motcua/remote-help");
        Path keys = under(root, "/run/motcua/authorized_keys");
        if (c.sshKeys().isEmpty()) {
            Files.deleteIfExists(flag);
            Files.deleteIfExists(keys);
            return;
        }
        writeAtomically(keys, String.join("\n", c.sshKeys()) + "\n");
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rw-r--r--"));
        writeAtomically(flag, "on\n");
    }

    static Path under(Path root, String absolute) {
        return root.resolve(absolute.startsWith("/") ? absolute.substring(1) : absolute);
    }

    static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A value for a systemd EnvironmentFile / sh: single-quoted. */
    static String shellWord(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** A YAML double-quoted scalar (JSON's escapes are YAML's). */
    static String yamlString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
