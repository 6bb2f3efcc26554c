package app.contactshield.graphsync.auth;

import app.contactshield.graphsync.sync.SyncException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.aad.msal4jextensions.persistence.CacheFileAccessor;
import com.microsoft.aad.msal4jextensions.persistence.ICacheAccessor;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the token cache of a directory keeps, told without a token, a user name or an address: how many accounts are
 * signed in, the ids of their tenants (organisation ids, not personal data) and which key store holds them. Reading
 * it blocks on the keyring (D-Bus on Linux); never call it on the JavaFX thread.
 *
 * @param accounts how many accounts the cache holds
 * @param tenants  the tenant ids of those accounts, sorted
 * @param keptIn   the key store that holds the cache: "Secret Service", "Keychain" or "DPAPI-encrypted file"
 */
public record KeptSignIn(int accounts, List<String> tenants, String keptIn) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public KeptSignIn {
        tenants = List.copyOf(tenants);
    }

    /** The key store the token cache uses on this operating system, in words. */
    public static String keyStoreName() {
        if (Platform.isWindows()) {
            return "DPAPI-encrypted file";
        }
        return Platform.isMac() ? "Keychain" : "Secret Service";
    }

    /**
     * Reads the cache of a directory given to {@link TokenCaches#open}. Nothing is written, not even a marker.
     *
     * @param directory the token cache directory
     * @return the kept sign-in; empty when the cache holds no account (or the directory was never used)
     * @throws SyncException {@code signin.cache.unwritable} when the key store refuses to be read
     */
    public static Optional<KeptSignIn> read(Path directory) throws SyncException {
        Path marker = directory.resolve(TokenCaches.FILE);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        byte[] cache;
        try {
            ICacheAccessor accessor = TokenCaches.keyringEntry(directory)
                    .orElseGet(() -> new CacheFileAccessor(marker.toString()));
            cache = accessor.read();
        } catch (RuntimeException | Error e) {
            throw new SyncException("signin.cache.unwritable", "The " + keyStoreName() + " refused to read the "
                    + "cached sign-in (" + e.getClass().getSimpleName() + ")", e);
        }
        return cache == null || cache.length == 0 ? Optional.empty() : of(cache);
    }

    /** The accounts of an MSAL token cache in its JSON form; empty when it holds none. */
    static Optional<KeptSignIn> of(byte[] cache) throws SyncException {
        JsonNode accounts;
        try {
            accounts = JSON.readTree(cache).path("Account");
        } catch (IOException e) {
            throw new SyncException("signin.cache.unwritable", "The cached sign-in is not readable JSON", e);
        }
        TreeSet<String> tenants = new TreeSet<>();
        accounts.elements().forEachRemaining(account -> tenantOf(account).ifPresent(tenants::add));
        return accounts.size() == 0 ? Optional.empty()
                : Optional.of(new KeptSignIn(accounts.size(), List.copyOf(tenants), keyStoreName()));
    }

    /** The tenant an account belongs to: its realm, else the part of its home account id after the dot. */
    private static Optional<String> tenantOf(JsonNode account) {
        String realm = account.path("realm").asText("");
        if (!realm.isBlank()) {
            return Optional.of(realm);
        }
        String home = account.path("home_account_id").asText("");
        int dot = home.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(home.substring(dot + 1));
    }
}
