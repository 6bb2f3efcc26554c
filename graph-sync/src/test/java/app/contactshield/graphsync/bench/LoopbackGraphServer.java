package app.contactshield.graphsync.bench;

import app.contactshield.graphsync.demo.DemoPages;
import app.contactshield.graphsync.demo.DemoTenant;
import app.contactshield.graphsync.graph.DirectoryUserSource;
import app.contactshield.graphsync.loopback.TestTls;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A lean loopback HTTPS Graph stand-in for benchmarks (the JDK's HTTPS server): every users delta page of rounds
 * 1 to 3 is generated up front, so the measurement covers the client side only.
 */
final class LoopbackGraphServer implements AutoCloseable {
    private final HttpsServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Map<String, byte[]> pages = new HashMap<>();

    LoopbackGraphServer(DemoTenant tenant, int pageSize) throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext()));
        DemoPages generator = new DemoPages(tenant, pageSize);
        String initial = DirectoryUserSource.INITIAL_PATH;
        String path = initial.substring(0, initial.indexOf('?'));
        String linkBase = root() + path;
        for (int round = 1; round <= 3; round++) {
            for (int page = 0; page < generator.pageCount(DemoTenant.Collection.USERS, round); page++) {
                String key = round == 1 && page == 0 ? initial
                        : page == 0 ? path + "?$deltatoken=r" + (round - 1)
                        : path + "?$skiptoken=r" + round + "p" + page;
                pages.put("/v1.0/" + key, generator.page(DemoTenant.Collection.USERS, round, page, linkBase));
            }
        }
        server.createContext("/v1.0/", exchange -> {
            byte[] body = pages.get(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI()
                    .getRawQuery());
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(OutputStream.nullOutputStream());
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    URI root() {
        return URI.create("https://localhost:" + server.getAddress().getPort() + "/v1.0/");
    }

    /** Total bytes of one round's pages. */
    long bytes(String prefix) {
        return pages.entrySet().stream().filter(e -> e.getKey().contains(prefix)).mapToLong(e -> e.getValue().length)
                .sum();
    }

    private static SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(TestTls.keystore())) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, TestTls.PASSWORD.toCharArray());
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, TestTls.PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
