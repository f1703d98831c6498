package org.motcua.kiosk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Collections;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context of the sync's connections: the JDK's default (its CAs), or one that trusts only the certificate
 * authorities of {@code motcua.sync.trust-store}. Never one that accepts any certificate, and the hub's name is always
 * checked against its certificate (java.net.http does it for every HTTPS connection).
 */
final class HubTls {

    /** The trust store cannot be used; the message is for the log, {@link #problem} for the back office. */
    static final class TrustStoreException extends Exception {
        final SyncLink.TrustProblem problem;
        final String detail;

        TrustStoreException(SyncLink.TrustProblem problem, String file, String detail, Throwable cause) {
            super("motcua.sync.trust-store " + file + ": " + switch (problem) {
                case MISSING -> "no such file, or it cannot be read";
                case PASSWORD -> "wrong password (motcua.sync.trust-store-password)";
                case EMPTY -> "holds no certificate";
                case INVALID -> "not a trust store of that type (motcua.sync.trust-store-type)";
            } + (detail.isEmpty() ? "" : " (" + detail + ")"), cause);
            this.problem = problem;
            this.detail = detail;
        }
    }

    private HubTls() {
    }

    /** The context for the settings' trust store; the JDK's default context when none is set. */
    static SSLContext context(SyncProperties p) throws TrustStoreException {
        try {
            if (p.trustStore().isEmpty()) {
                return SSLContext.getDefault();
            }
            KeyStore trusted = load(p);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new TrustStoreException(SyncLink.TrustProblem.INVALID, p.trustStore(), words(e), e);
        }
    }

    private static KeyStore load(SyncProperties p) throws TrustStoreException, GeneralSecurityException {
        String file = p.trustStore();
        Path path = Path.of(file);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new TrustStoreException(SyncLink.TrustProblem.MISSING, file, "", null);
        }
        KeyStore store;
        try (InputStream in = Files.newInputStream(path)) {
            if ("PEM".equals(p.trustStoreType())) {
                store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                Collection<? extends Certificate> certificates;
                try {
                    certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
                } catch (CertificateException e) {
                    throw new TrustStoreException(SyncLink.TrustProblem.INVALID, file, words(e), e);
                }
                int n = 0;
                for (Certificate c : certificates) {
                    store.setCertificateEntry("ca-" + (++n), c);
                }
            } else {
                store = KeyStore.getInstance(p.trustStoreType());
                char[] password = p.trustStorePassword().isEmpty() ? null : p.trustStorePassword().toCharArray();
                store.load(in, password);
            }
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password was incorrect")) {
                throw new TrustStoreException(SyncLink.TrustProblem.PASSWORD, file, "", e);
            }
            throw new TrustStoreException(SyncLink.TrustProblem.INVALID, file, words(e), e);
        } catch (CertificateException e) {
            throw new TrustStoreException(SyncLink.TrustProblem.INVALID, file, words(e), e);
        }
        boolean any = false;
        for (String alias : Collections.list(store.aliases())) {
            any |= store.isCertificateEntry(alias) || store.getCertificate(alias) != null;
        }
        if (!any) {
            throw new TrustStoreException(SyncLink.TrustProblem.EMPTY, file,
                    "PEM".equals(p.trustStoreType()) || !p.trustStorePassword().isEmpty() ? ""
                            : "a PKCS12 store without its password may look empty", null);
        }
        return store;
    }

    private static String words(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.length() <= 200 ? m : m.substring(0, 199) + "…";
    }
}
