package org.motcua.kiosk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate authority of its own for the tests of one JVM, as a province's CA is for its hubs: made at first use
 * by the JDK's {@code keytool} in a temporary directory, with server certificates it signs on demand. Nothing here is
 * in the JDK's trust store, so a kiosk trusts these servers only when told to ({@code motcua.sync.trust-store}).
 */
public final class TestCertificates {

    /** The password of every store made here. */
    public static final String PASSWORD = "mot-cua-tls";

    private static TestCertificates instance;

    private final Path dir;
    private final Map<String, Path> servers = new ConcurrentHashMap<>();

    /** The CA of this JVM, made on first call. */
    public static synchronized TestCertificates get() {
        if (instance == null) {
            instance = new TestCertificates();
        }
        return instance;
    }

    private TestCertificates() {
        try {
            dir = Files.createTempDirectory("motcua-tls-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary directory
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3",
                "-dname", "CN=So TTTT Tinh Mau Test CA, O=MotCua tests, C=VN", "-ext", "bc:c",
                "-ext", "ku:c=keyCertSign,cRLSign", "-keystore", file("ca.p12"), "-storepass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", file("ca.p12"), "-storepass", PASSWORD,
                "-file", file("ca.pem"));
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", file("ca.pem"), "-keystore", file("trust.p12"),
                "-storetype", "PKCS12", "-storepass", PASSWORD);
    }

    /** The CA's certificate, PEM: what a kiosk is given as {@code motcua.sync.trust-store}. */
    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    /** A PKCS12 trust store holding the CA's certificate, password {@link #PASSWORD}. */
    public Path trustStore() {
        return dir.resolve("trust.p12");
    }

    /** A server's PKCS12 key store (alias {@code server}, password {@link #PASSWORD}) for 127.0.0.1 and localhost. */
    public Path localServer() {
        return server("local", "ip:127.0.0.1,dns:localhost");
    }

    /** A server's key store signed by the same CA, for another name than this machine's. */
    public Path serverNamed(String dnsName) {
        return server(dnsName, "dns:" + dnsName);
    }

    /** A server-side TLS context on one of the key stores made here, for com.sun.net.httpserver.HttpsServer. */
    public static SSLContext serverContext(Path keyStore) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD.toCharArray());
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path server(String name, String san) {
        return servers.computeIfAbsent(name, n -> {
            String store = file("server-" + n + ".p12");
            String csr = file("server-" + n + ".csr");
            String crt = file("server-" + n + ".crt");
            keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3",
                    "-dname", "CN=" + (san.contains("dns:") ? san.substring(san.indexOf("dns:") + 4) : n)
                            + ", O=MotCua tests, C=VN", "-keystore", store, "-storepass", PASSWORD);
            keytool("-certreq", "-alias", "server", "-keystore", store, "-storepass", PASSWORD, "-file", csr);
            keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", file("ca.p12"), "-storepass", PASSWORD,
                    "-infile", csr, "-outfile", crt, "-validity", "2", "-ext", "san=" + san,
                    "-ext", "ku:c=digitalSignature", "-ext", "eku=serverAuth");
            // The reply with its chain (the CA's certificate after the server's), as a CA hands it out.
            String chain = file("server-" + n + "-chain.pem");
            try {
                Files.writeString(Path.of(chain), Files.readString(Path.of(crt)) + Files.readString(caPem()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            keytool("-importcert", "-noprompt", "-alias", "server", "-file", chain, "-keystore", store,
                    "-storepass", PASSWORD);
            return Path.of(store);
        });
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        // A short-lived JVM: starts in half the time.
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + command + "\n"
                        + new String(out, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
