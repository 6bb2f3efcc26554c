package app.contactshield.graphsync.policy;

import app.contactshield.graphsync.store.StoreException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings in effect: the managed policy wins over the user's settings file ({@value #FILE} in the data
 * directory), which wins over the defaults. Says for each setting whether the policy locked it, and saves the
 * user's changes to settings the policy does not lock. Immutable; {@link #saveUserSettings} writes on the calling
 * thread.
 */
public final class EffectiveSettings {
    /** The user's settings file in the data directory. */
    public static final String FILE = "settings.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PolicyParser.Parsed policy;
    private final PolicyParser.Parsed user;
    private final Policy effective;

    private EffectiveSettings(PolicyParser.Parsed policy, PolicyParser.Parsed user) {
        this.policy = policy;
        this.user = user;
        Map<PolicyKey, Object> merged = new EnumMap<>(PolicyKey.class);
        merged.putAll(user.values());
        merged.putAll(policy.values());
        this.effective = Policy.of(merged);
    }

    /** Layers the managed policy over the user's settings. */
    public static EffectiveSettings of(PolicyParser.Parsed policy, PolicyParser.Parsed user) {
        return new EffectiveSettings(policy, user);
    }

    /** Reads this machine's policy and the user's settings file in {@code dataDir}. */
    public static EffectiveSettings load(Path dataDir) {
        return of(ManagedPolicy.read(), ManagedPolicy.readJsonFile(dataDir.resolve(FILE)));
    }

    /** The typed settings in effect. */
    public Policy effective() {
        return effective;
    }

    /** Whether the policy sets (and so locks) the setting with this JSON name. */
    public boolean isLocked(String jsonName) {
        return PolicyKey.byJsonName(jsonName).map(policy.values()::containsKey).orElse(false);
    }

    /** Whether the policy sets (and so locks) this setting. */
    public boolean isLocked(PolicyKey key) {
        return policy.values().containsKey(key);
    }

    /** The settings the policy locks. */
    public Set<PolicyKey> lockedKeys() {
        return policy.values().keySet();
    }

    /** Everything ignored or adjusted in the policy and the user's settings. */
    public List<PolicyProblem> problems() {
        List<PolicyProblem> all = new ArrayList<>(policy.problems());
        all.addAll(user.problems());
        return all;
    }

    /**
     * Saves the user's settings with {@code changes} applied and returns the new effective settings. A change to a
     * locked setting is refused; a {@code null} value removes the user's own value.
     *
     * @throws StoreException when a change touches a locked setting or the file cannot be written
     */
    public EffectiveSettings saveUserSettings(Path dataDir, Map<PolicyKey, Object> changes) throws StoreException {
        for (PolicyKey key : changes.keySet()) {
            if (isLocked(key)) {
                throw new StoreException("settings.error.locked", "The setting " + key.jsonName()
                        + " is set by the administrator's policy and cannot be changed");
            }
        }
        Map<PolicyKey, Object> values = new EnumMap<>(PolicyKey.class);
        values.putAll(user.values());
        changes.forEach((key, value) -> {
            if (value == null) {
                values.remove(key);
            } else {
                values.put(key, value);
            }
        });
        ObjectNode root = JSON.createObjectNode();
        values.forEach((key, value) -> root.set(key.jsonName(), JSON.valueToTree(value)));
        PolicyParser.Parsed reparsed = PolicyParser.parse(root, dataDir.resolve(FILE).toString());
        if (!reparsed.problems().isEmpty()) {
            throw new StoreException("settings.error.invalid", "Not saved: " + reparsed.problems());
        }
        Path file = dataDir.resolve(FILE);
        Path temp = dataDir.resolve(FILE + ".new");
        try {
            JSON.writeValue(temp.toFile(), root);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("settings.error.write", "Writing the settings file " + file + " failed", e);
        }
        return of(policy, reparsed);
    }
}
