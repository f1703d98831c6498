package org.motcua.kiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every word on screen exists in both languages; a missing key would show as !key! to a citizen. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:getTranslation|Key\\(\\)\\s*\\{\\s*return)\\(?\\s*\"([a-zA-Z0-9_.]+)\"");

    @Test
    void vietnameseAndEnglishHaveTheSameKeysInEveryBundle() throws IOException {
        assertThat(Translations.bundleNames()).contains("i18n/messages");
        Set<String> all = new TreeSet<>();
        for (String bundle : Translations.bundleNames()) {
            Set<String> vi = load(bundle + ".properties").stringPropertyNames();
            assertThat(vi).as(bundle).containsExactlyInAnyOrderElementsOf(load(bundle + "_en.properties").stringPropertyNames());
            for (String key : vi) {
                assertThat(all.add(key)).as("key %s is in two bundles", key).isTrue();
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).contains("shell.home", "tile.catalog.title", "detail.fees");
        // Keys made from data: a channel's name, the levels in the demo catalogue.
        for (var channel : org.motcua.kiosk.catalog.SubmissionMethod.Channel.values()) {
            used.add("channel." + channel.name());
        }
        used.addAll(Set.of("level.commune", "level.province"));
        // Why a trust store cannot be used, on the sync page.
        for (var problem : org.motcua.kiosk.sync.SyncLink.TrustProblem.values()) {
            used.add("sync.link.trustStore." + problem.name().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(allKeys()).containsAll(used);
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : Translations.bundleNames()) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        return keys;
    }

    @Test
    void vietnameseTextIsComposedAndCarriesItsMarks() throws IOException {
        assertThat(load("i18n/messages.properties").getProperty("tile.catalog.title")).isEqualTo("Tra cứu thủ tục");
        for (String bundle : Translations.bundleNames()) {
            Properties vi = load(bundle + ".properties");
            for (String key : vi.stringPropertyNames()) {
                String text = vi.getProperty(key);
                assertThat(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)).as(key).isTrue();
            }
        }
    }

    @Test
    void theProviderFallsBackToVietnameseAndFormatsNumbersTheVietnameseWay() {
        Translations t = new Translations();
        assertThat(t.getTranslation("shell.home", Translations.ENGLISH)).isEqualTo("Home");
        assertThat(t.getTranslation("shell.home", java.util.Locale.FRENCH)).isEqualTo("Trang chủ");
        assertThat(t.getTranslation("catalog.count", Translations.VIETNAMESE, 2000)).isEqualTo("2.000 thủ tục");
        assertThat(t.getTranslation("no.such.key", Translations.VIETNAMESE)).isEqualTo("!no.such.key!");
        assertThat(t.getTranslation("sync.link.httpsTrustStore", Translations.ENGLISH, "/etc/motcua/ca-tinh.pem"))
                .isEqualTo("HTTPS: the hub's certificate and name are checked against the CAs in /etc/motcua/ca-tinh.pem");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
