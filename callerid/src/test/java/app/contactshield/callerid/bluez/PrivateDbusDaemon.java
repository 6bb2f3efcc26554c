package app.contactshield.callerid.bluez;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A private {@code dbus-daemon} for one test class: a real bus with its own socket in a temporary folder, so tests
 * never touch the machine's session or system bus. Tests skip when the daemon is not installed (apt package
 * {@code dbus}).
 */
public final class PrivateDbusDaemon implements AutoCloseable {

    private static final Path DAEMON = Path.of("/usr/bin/dbus-daemon");

    private final Process process;
    private final String address;

    private PrivateDbusDaemon(Process process, String address) {
        this.process = process;
        this.address = address;
    }

    /** Whether {@code dbus-daemon} is installed. */
    public static boolean available() {
        return Files.isExecutable(DAEMON);
    }

    /** The message a test skips with when the daemon is missing. */
    public static String missingMessage() {
        return DAEMON + " is not installed (apt package dbus): D-Bus tests skipped";
    }

    /** Starts a daemon listening on a socket in {@code dir} and waits until it prints its address. */
    public static PrivateDbusDaemon start(Path dir) throws IOException {
        Path socket = dir.resolve("bus");
        Process process = new ProcessBuilder(DAEMON.toString(), "--session", "--nofork", "--print-address=1",
                "--address=unix:path=" + socket)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String address = out.readLine();
        if (address == null || address.isBlank()) {
            process.destroyForcibly();
            throw new IOException("dbus-daemon printed no address; is " + DAEMON + " working?");
        }
        return new PrivateDbusDaemon(process, address.strip());
    }

    /** The bus address, {@code unix:path=...,guid=...}. */
    public String address() {
        return address;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
