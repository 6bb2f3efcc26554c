package app.contactshield.graphsync.policy;

import app.contactshield.graphsync.home.OwnerOnly;
import app.contactshield.graphsync.model.SourceId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The settings in force: the managed policy over the user's own settings over the defaults. The policy wins, and
 * {@link #isLocked(PolicyKey)} says which keys it fixed so the UI can show them disabled. Immutable; saving a user
 * value returns a new instance.
 */
public final class EffectiveSettings {
    /** The user's settings file inside the data directory. */
    public static final String USER_FILE = "settings.json";
    /** The shortest presence interval anyone may set, in seconds. */
    public static final int MIN_PRESENCE_INTERVAL_SECONDS = 10;
    /** The shortest interval between scheduled syncs anyone may set, in minutes. */
    public static final int MIN_SYNC_INTERVAL_MINUTES = 5;
    /** The interval between scheduled syncs when neither the policy nor the user sets one, in minutes. */
    public static final int DEFAULT_SYNC_INTERVAL_MINUTES = 15;
    /** The fewest days anyone may keep the call history for. */
    public static final int MIN_CALL_HISTORY_RETENTION_DAYS = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DEFAULT_SOURCES = List.of("graph.users", "graph.orgContacts", "graph.outlook");
    /** The sources this version can sync; other names in {@code enabledSources} are reported and ignored. */
    public static final Set<SourceId> KNOWN_SOURCES = Set.of(SourceId.GRAPH_USERS, SourceId.GRAPH_ORG_CONTACTS,
            SourceId.GRAPH_OUTLOOK);

    private final SettingsLayer policy;
    private final SettingsLayer user;
    private final Path userFile;

    /**
     * @param policy   the managed policy
     * @param user     the user's settings
     * @param userFile where the user's settings are saved
     */
    public EffectiveSettings(SettingsLayer policy, SettingsLayer user, Path userFile) {
        this.policy = policy;
        this.user = user;
        this.userFile = userFile;
    }

    /** Reads this machine's policy and the user's settings in a data directory. */
    public static EffectiveSettings load(Path dataDir) {
        Path file = dataDir.resolve(USER_FILE);
        return new EffectiveSettings(ManagedPolicy.read(), ManagedPolicy.readJsonFile(file), file);
    }

    /** Whether a problem is in the user's own settings file rather than in the organisation's policy. */
    public boolean inUserSettings(PolicyProblem problem) {
        return problem.origin().equals(user.origin()) && !problem.origin().equals(policy.origin());
    }

    /** How a problem is labelled where people read it: whose settings it is in. */
    public String problemLabel(PolicyProblem problem) {
        return inUserSettings(problem) ? "Settings problem (" + USER_FILE + ")" : "Policy problem";
    }

    /** Whether the policy fixed a key, so that the user cannot change it. */
    public boolean isLocked(PolicyKey key) {
        return policy.sets(key);
    }

    /**
     * Everything ignored in the policy and the user's settings, plus values clamped to their limits, user filters
     * that cannot be applied and source names this version does not know.
     */
    public List<PolicyProblem> problems() {
        List<PolicyProblem> all = new ArrayList<>();
        layerProblems().stream().filter(p -> !p.key().equals(PolicyKey.USER_FILTERS.jsonName())).forEach(all::add);
        all.addAll(userFilterPolicy().problems());
        strings(PolicyKey.ENABLED_SOURCES, DEFAULT_SOURCES).stream()
                .filter(name -> !KNOWN_SOURCES.contains(new SourceId(name.isBlank() ? "(blank)" : name)))
                .forEach(name -> all.add(new PolicyProblem(PolicyKey.ENABLED_SOURCES.jsonName(), "unknown source "
                        + PolicyValues.quoted(name) + ", ignored (known: graph.users, graph.orgContacts, "
                        + "graph.outlook)", originOf(PolicyKey.ENABLED_SOURCES))));
        underMinimum(PolicyKey.PRESENCE_INTERVAL_SECONDS, MIN_PRESENCE_INTERVAL_SECONDS, "s", "s")
                .ifPresent(all::add);
        underMinimum(PolicyKey.SYNC_INTERVAL_MINUTES, MIN_SYNC_INTERVAL_MINUTES, "min", "min").ifPresent(all::add);
        underMinimum(PolicyKey.CALL_HISTORY_RETENTION_DAYS, MIN_CALL_HISTORY_RETENTION_DAYS, "day", "days")
                .ifPresent(all::add);
        all.addAll(numberRangeProblems());
        return all;
    }

    /** {@link #problems()} as a report lists them: the first {@value ProblemReport#SHOWN} and a count of the rest. */
    public ProblemReport problemReport() {
        return ProblemReport.of(problems());
    }

    /**
     * The lines a command prints on stderr about the problems: the first {@value ProblemReport#SHOWN}, each with
     * its {@link #problemLabel(PolicyProblem) label}, then one that counts the rest.
     */
    public List<String> problemLines() {
        ProblemReport report = problemReport();
        List<String> lines = new ArrayList<>();
        report.shown().forEach(problem -> lines.add(problemLabel(problem) + ": " + problem));
        report.moreLine().ifPresent(lines::add);
        return lines;
    }

    /** The problem of a whole-number value under its minimum, which is then used instead. */
    private Optional<PolicyProblem> underMinimum(PolicyKey key, int minimum, String unit, String units) {
        return raw(key).filter(v -> v.asInt() < minimum).map(v -> new PolicyProblem(key.jsonName(),
                amount(v.asInt(), unit, units) + " is under the minimum of " + amount(minimum, unit, units) + "; "
                        + amount(minimum, unit, units) + " is used", originOf(key)));
    }

    private static String amount(int value, String unit, String units) {
        return value + " " + (value == 1 ? unit : units);
    }

    /** Each company number range that cannot be used, named by its place in the list, with the reason. */
    private List<PolicyProblem> numberRangeProblems() {
        List<PolicyProblem> problems = new ArrayList<>();
        raw(PolicyKey.COMPANY_NUMBER_RANGES).ifPresent(array -> {
            for (int i = 0; i < array.size(); i++) {
                String name = PolicyKey.COMPANY_NUMBER_RANGES.jsonName() + "[" + i + "]";
                NumberRange.problemWith(array.get(i)).ifPresent(why -> problems.add(new PolicyProblem(name, why
                        + ", ignored", originOf(PolicyKey.COMPANY_NUMBER_RANGES))));
            }
        });
        return problems;
    }

    /**
     * Saves a user value for a key the policy does not fix.
     *
     * @param value the new value, or {@code null} to go back to the default
     * @return the settings with the value in force
     * @throws IllegalStateException when the policy locked the key
     * @throws IOException           when the settings file cannot be written
     */
    public EffectiveSettings withUserValue(PolicyKey key, JsonNode value) throws IOException {
        if (isLocked(key)) {
            throw new IllegalStateException(key.jsonName() + " is set by the organisation's policy ("
                    + policy.origin() + ") and cannot be changed");
        }
        if (value != null && !value.isNull()) {
            Optional<String> wrong = PolicyValues.checkType(key, value).or(() -> PolicyValues.checkValue(key, value));
            if (wrong.isPresent()) {
                throw new IllegalArgumentException(key.jsonName() + ": " + wrong.get());
            }
        }
        SettingsLayer updated = user.with(key, value);
        ObjectNode onDisk = userFileAsWritten();
        if (value == null || value.isNull()) {
            onDisk.remove(key.jsonName());
        } else {
            onDisk.set(key.jsonName(), value);
        }
        Path temporary = userFile.resolveSibling(USER_FILE + ".new");
        OwnerOnly.emptyFile(temporary);
        JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), onDisk);
        try {
            Files.move(temporary, userFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, userFile, StandardCopyOption.REPLACE_EXISTING);
        }
        return new EffectiveSettings(policy, updated, userFile);
    }

    /**
     * The settings file as the user wrote it, so that saving one key keeps every other line, also those this
     * version ignores. A file that is not a JSON object is never overwritten: the user would lose what it holds.
     */
    private ObjectNode userFileAsWritten() throws IOException {
        if (!Files.exists(userFile)) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(userFile.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(userFile + " is " + ManagedPolicy.whyNotRead(e) + "; it is left as it is, fix or "
                    + "remove it to save settings", e);
        }
        if (tree == null || tree.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IOException(userFile + " does not hold a JSON object; it is left as it is, fix or remove it to "
                    + "save settings");
        }
        return object;
    }

    /** Saves a text value (see {@link #withUserValue(PolicyKey, JsonNode)}). */
    public EffectiveSettings withUserText(PolicyKey key, String value) throws IOException {
        return withUserValue(key, value == null ? null : JsonNodeFactory.instance.textNode(value));
    }

    /** The value in force for a key, before defaults. */
    public Optional<JsonNode> raw(PolicyKey key) {
        return policy.get(key).or(() -> user.get(key));
    }

    /** The tenant (directory) id, when configured. */
    public Optional<String> tenantId() {
        return text(PolicyKey.TENANT_ID);
    }

    /** The application (client) id, when configured. */
    public Optional<String> clientId() {
        return text(PolicyKey.CLIENT_ID);
    }

    /** Whether a tenant and client id are configured, so that the app can sign in. */
    public boolean hasTenant() {
        return tenantId().isPresent() && clientId().isPresent();
    }

    /** The sources to sync, in the order given; names this version does not know are left out (see problems). */
    public List<SourceId> enabledSources() {
        return strings(PolicyKey.ENABLED_SOURCES, DEFAULT_SOURCES).stream().filter(name -> !name.isBlank())
                .map(SourceId::new).filter(KNOWN_SOURCES::contains).distinct().toList();
    }

    /** The order in which sources win when consolidated fields disagree. */
    public List<SourceId> sourcePrecedence() {
        return strings(PolicyKey.SOURCE_PRECEDENCE, DEFAULT_SOURCES).stream().map(SourceId::new).toList();
    }

    /**
     * The directory user filters that could be read. Check {@link #userFilterPolicy()} first: when a rule cannot be
     * used, directory users must not be synced at all.
     */
    public List<UserFilterRule> userFilters() {
        return userFilterPolicy().rules();
    }

    /** The directory user filters with what is wrong with them; a filter with problems fails closed. */
    public UserFilterPolicy userFilterPolicy() {
        return UserFilterPolicy.read(raw(PolicyKey.USER_FILTERS), originOf(PolicyKey.USER_FILTERS), layerProblems());
    }

    /**
     * A stable digest of every setting that decides which records a source delivers and how their numbers are
     * read: for directory users the guest, disabled-account and filter settings, for every source the default
     * region. Stored with the source's cursor; when it changes the source runs a full round. Not personal data.
     */
    public String selectionFingerprint(SourceId source) {
        return selectionFingerprint(source, defaultRegion());
    }

    /** The selection fingerprint of a source whose numbers are read in a given region (the demo's own, say). */
    public String selectionFingerprint(SourceId source, String region) {
        StringBuilder text = new StringBuilder("region=").append(region);
        if (SourceId.GRAPH_USERS.equals(source)) {
            text.append(";guests=").append(includeGuests()).append(";disabled=").append(includeDisabledAccounts());
            for (UserFilterRule rule : userFilters()) {
                text.append(";filter=").append(rule.field()).append('/').append(rule.op());
                rule.values().forEach(v -> text.append('/').append(v.length()).append(':').append(v));
            }
        }
        return Fingerprints.sha256(text.toString());
    }

    /** Whether guest accounts are synced. */
    public boolean includeGuests() {
        return bool(PolicyKey.INCLUDE_GUESTS, false);
    }

    /** Whether disabled accounts are synced. */
    public boolean includeDisabledAccounts() {
        return bool(PolicyKey.INCLUDE_DISABLED_ACCOUNTS, false);
    }

    /** The region for numbers written without a country code: the policy's, else the OS locale's, else US. */
    public String defaultRegion() {
        return text(PolicyKey.DEFAULT_REGION).map(r -> r.toUpperCase(Locale.ROOT))
                .orElseGet(() -> Locale.getDefault().getCountry().isEmpty() ? "US" : Locale.getDefault().getCountry());
    }

    /** Whether the policy, the user or the OS locale names a region (else {@link #defaultRegion()} guesses US). */
    public boolean hasRegion() {
        return text(PolicyKey.DEFAULT_REGION).isPresent() || !Locale.getDefault().getCountry().isEmpty();
    }

    /** How often presence is refreshed, never under {@value #MIN_PRESENCE_INTERVAL_SECONDS} seconds. */
    public int presenceIntervalSeconds() {
        return Math.max(MIN_PRESENCE_INTERVAL_SECONDS, integer(PolicyKey.PRESENCE_INTERVAL_SECONDS, 30));
    }

    /**
     * How many minutes pass between scheduled syncs: {@value #DEFAULT_SYNC_INTERVAL_MINUTES} unless set, never under
     * {@value #MIN_SYNC_INTERVAL_MINUTES}.
     */
    public int syncIntervalMinutes() {
        return Math.max(MIN_SYNC_INTERVAL_MINUTES, integer(PolicyKey.SYNC_INTERVAL_MINUTES,
                DEFAULT_SYNC_INTERVAL_MINUTES));
    }

    /** The phones the app may link with; empty means any paired phone. */
    public List<AllowedPhone> allowedPhones() {
        List<AllowedPhone> phones = new ArrayList<>();
        raw(PolicyKey.ALLOWED_PHONES).ifPresent(array -> array.forEach(node -> phones.add(new AllowedPhone(
                node.path("address").asText("*"), node.path("name").asText("*")))));
        return phones;
    }

    /** The prefix that hides the caller id when dialling, when the policy names one. */
    public Optional<String> anonymousDialPrefix() {
        return text(PolicyKey.ANONYMOUS_DIAL_PREFIX);
    }

    /** How many days the call history keeps a call, never under {@value #MIN_CALL_HISTORY_RETENTION_DAYS}. */
    public int callHistoryRetentionDays() {
        return Math.max(MIN_CALL_HISTORY_RETENTION_DAYS, integer(PolicyKey.CALL_HISTORY_RETENTION_DAYS, 90));
    }

    /** Whether a PIN must unlock the store in addition to the OS key store. */
    public boolean requirePin() {
        return bool(PolicyKey.REQUIRE_PIN, false);
    }

    /**
     * Company number ranges that name a company when no person matches a caller; those that cannot are left out
     * and reported in {@link #problems()}.
     */
    public List<NumberRange> companyNumberRanges() {
        List<NumberRange> ranges = new ArrayList<>();
        raw(PolicyKey.COMPANY_NUMBER_RANGES).ifPresent(array -> array.forEach(node -> {
            if (NumberRange.problemWith(node).isEmpty()) {
                ranges.add(new NumberRange(node.get("prefix").asText(), node.get("company").asText(),
                        node.path("label").asText("switchboard range")));
            }
        }));
        return ranges;
    }

    /** {@code system}, {@code light} or {@code dark}. */
    public String theme() {
        return text(PolicyKey.THEME).map(t -> t.toLowerCase(Locale.ROOT)).orElse("system");
    }

    /** {@code system}, {@code en} or {@code de}. */
    public String language() {
        return text(PolicyKey.LANGUAGE).map(t -> t.toLowerCase(Locale.ROOT)).orElse("system");
    }

    /** Whether the user may turn on vacation mode. */
    public boolean vacationModeAllowed() {
        return bool(PolicyKey.VACATION_MODE_ALLOWED, true);
    }

    private List<PolicyProblem> layerProblems() {
        List<PolicyProblem> all = new ArrayList<>(policy.problems());
        all.addAll(user.problems());
        return all;
    }

    private String originOf(PolicyKey key) {
        return policy.sets(key) ? policy.origin() : user.origin();
    }

    private Optional<String> text(PolicyKey key) {
        return raw(key).map(JsonNode::asText).map(String::trim).filter(s -> !s.isEmpty());
    }

    private boolean bool(PolicyKey key, boolean fallback) {
        return raw(key).map(JsonNode::asBoolean).orElse(fallback);
    }

    private int integer(PolicyKey key, int fallback) {
        return raw(key).map(JsonNode::asInt).orElse(fallback);
    }

    private List<String> strings(PolicyKey key, List<String> fallback) {
        return raw(key).map(array -> {
            List<String> items = new ArrayList<>();
            array.forEach(item -> items.add(item.asText()));
            return List.copyOf(items);
        }).orElse(fallback);
    }
}
