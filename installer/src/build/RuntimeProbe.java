import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * Exercises, on the runtime the packages bundle, each platform feature the app's libraries reach for: locale data,
 * TLS with EC keys, the loopback HTTP server of the sign-in redirect, the Unix uid dbus-java authenticates with,
 * an encrypted H2 file, Jasypt's PBE with AES, MSAL4J, JavaFX with its Swing bridge, and so on. A module missing
 * from {@code jpackage.modules} shows up as a FAIL line. Started by probe-runtime.sh; touches no personal data.
 */
public final class RuntimeProbe {

    private static int failures;

    private RuntimeProbe() {
    }

    interface Step {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        check("locale data", () -> LocalDate.of(2026, 12, 3)
                .format(DateTimeFormatter.ofPattern("d. MMMM", Locale.GERMAN)));
        check("TLS 1.3 and EC keys", RuntimeProbe::tls);
        check("loopback HTTP server", RuntimeProbe::httpServer);
        check("Unix uid for D-Bus", () -> "uid " + new com.sun.security.auth.module.UnixSystem().getUid());
        check("encrypted H2 file", RuntimeProbe::h2);
        check("Flyway", () -> org.flywaydb.core.Flyway.configure().getClass().getSimpleName());
        check("Jasypt PBE with AES", RuntimeProbe::jasypt);
        check("MSAL4J", () -> com.microsoft.aad.msal4j.PublicClientApplication
                .builder("00000000-0000-0000-0000-000000000000")
                .authority("https://login.microsoftonline.com/organizations/").build().getClass().getSimpleName());
        check("dbus-java", () -> Class.forName("org.freedesktop.dbus.connections.impl.DBusConnectionBuilder"));
        check("libphonenumber", () -> com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance()
                .parse("089 7104 0", "DE").getCountryCode());
        check("Jackson", () -> new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"a\":1}"));
        check("ez-vcard", () -> ezvcard.Ezvcard.write(new ezvcard.VCard()).version(ezvcard.VCardVersion.V4_0).go()
                .length() + " characters");
        check("ZXing", () -> new com.google.zxing.qrcode.QRCodeWriter()
                .encode("probe", com.google.zxing.BarcodeFormat.QR_CODE, 64, 64).getWidth() + " px");
        check("Logback", () -> org.slf4j.LoggerFactory.getILoggerFactory().getClass().getSimpleName());
        check("management", () -> java.lang.management.ManagementFactory.getRuntimeMXBean().getVmName());
        check("AtlantaFX style sheet", () -> RuntimeProbe.class.getResource("/atlantafx/base/theme/primer-light.bss"));
        check("JavaFX window and Swing bridge", RuntimeProbe::javafx);
        check("system tray", () -> "supported=" + java.awt.SystemTray.isSupported());
        System.out.println(failures == 0 ? "ALL OK" : failures + " FAILED");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static Object tls() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLSv1.3");
        tls.init(null, null, null);
        KeyPairGenerator.getInstance("EC").generateKeyPair();
        return Arrays.stream(tls.createSSLEngine().getEnabledCipherSuites()).limit(2).toList();
    }

    private static Object httpServer() throws Exception {
        com.sun.net.httpserver.HttpServer server =
                com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        int port = server.getAddress().getPort();
        server.stop(0);
        return "port " + port;
    }

    private static Object h2() throws Exception {
        Path dir = Files.createTempDirectory("runtime-probe");
        String url = "jdbc:h2:" + dir.resolve("probe") + ";CIPHER=AES;TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, "sa", "0123456789abcdef 0123456789abcdef")) {
            c.createStatement().execute("create table t(x int)");
            c.createStatement().execute("insert into t values (1)");
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
        return "created, written, closed";
    }

    private static Object jasypt() {
        org.jasypt.encryption.pbe.StandardPBEStringEncryptor encryptor =
                new org.jasypt.encryption.pbe.StandardPBEStringEncryptor();
        encryptor.setAlgorithm("PBEWITHHMACSHA512ANDAES_256");
        encryptor.setIvGenerator(new org.jasypt.iv.RandomIvGenerator());
        encryptor.setKeyObtentionIterations(1000);
        encryptor.setPassword("probe");
        return encryptor.decrypt(encryptor.encrypt("round trip"));
    }

    private static Object javafx() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        String[] result = new String[1];
        javafx.application.Platform.startup(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("probe"), 200, 100));
            stage.show();
            javafx.scene.image.WritableImage image = stage.getScene().snapshot(null);
            result[0] = "snapshot " + (int) image.getWidth() + "x" + (int) image.getHeight() + ", as AWT image "
                    + javafx.embed.swing.SwingFXUtils.fromFXImage(image, null).getWidth() + " wide";
            stage.close();
            shown.countDown();
        });
        boolean done = shown.await(60, TimeUnit.SECONDS);
        javafx.application.Platform.exit();
        return done ? result[0] : "no window within 60 s";
    }

    private static void check(String name, Step step) {
        try {
            System.out.println("ok   " + name + ": " + step.run());
        } catch (Exception | LinkageError e) {
            failures++;
            System.out.println("FAIL " + name + ": " + e);
        }
    }
}
