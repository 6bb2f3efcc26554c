package app.contactshield.callerid.hfp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * Parses one line from the phone into an {@link AtResult}. Never throws: what it cannot read becomes
 * {@link AtResult.Unknown} or {@link AtResult.Malformed}. Stateless and thread-safe.
 */
public final class AtResultParser {

    /** The longest result name read; what follows belongs to the fields, so content never becomes a name. */
    private static final int MAX_NAME = 16;

    private AtResultParser() {
    }

    /**
     * Parses a line without its delimiters.
     *
     * @param line one line as framed by {@link AtLineFramer}
     * @return the typed result, never {@code null}
     */
    public static AtResult parse(String line) {
        String s = line == null ? "" : line.strip();
        if (s.isEmpty()) {
            return new AtResult.Unknown("", List.of());
        }
        char first = s.charAt(0);
        if (first != '+' && first != '*' && first != '^') {
            return plain(s);
        }
        int end = 1;
        while (end < s.length() && end <= MAX_NAME && isNameChar(s.charAt(end))) {
            end++;
        }
        String name = s.substring(0, end).strip().toUpperCase(Locale.ROOT);
        String rest = end < s.length() && s.charAt(end) == ':' ? s.substring(end + 1) : s.substring(end);
        if (name.equals("+CME ERROR")) {
            return new AtResult.CmeError(intAt(AtTokenizer.tokenize(rest), 0));
        }
        return typed(name, rest, AtTokenizer.tokenize(rest));
    }

    private static boolean isNameChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ';
    }

    private static AtResult plain(String s) {
        String upper = s.toUpperCase(Locale.ROOT);
        switch (upper) {
            case "OK":
                return new AtResult.Ok();
            case "ERROR":
                return new AtResult.Error();
            case "RING":
                return new AtResult.Ring();
            case "NO CARRIER":
            case "BUSY":
            case "NO ANSWER":
            case "NO DIALTONE":
            case "DELAYED":
            case "BLACKLISTED":
                return new AtResult.CallFailure(upper);
            default:
                return new AtResult.Unknown("", List.of(new AtField.Text(s, false)));
        }
    }

    private static AtResult typed(String name, String rest, List<AtField> f) {
        switch (name) {
            case "+BRSF":
                return single(name, f, AtResult.Brsf::new);
            case "+CIND":
                return rest.strip().startsWith("(") ? cindSupport(f) : cindValues(f);
            case "+CIEV":
                return pair(name, f, AtResult.Ciev::new);
            case "+CLIP":
                return new AtResult.Clip(number(f, 0), intAt(f, 1), intAt(f, 5));
            case "+CCWA":
                return new AtResult.Ccwa(number(f, 0), intAt(f, 1), intAt(f, 2), intAt(f, 4));
            case "+CLCC":
                return clcc(f);
            case "+CHLD":
                return new AtResult.ChldSupport(flatten(f));
            case "+BIND":
                return rest.strip().startsWith("(") ? bindSupport(f) : bindStatus(f);
            case "+BCS":
                return single(name, f, AtResult.Bcs::new);
            case "+VGS":
                return single(name, f, AtResult.Vgs::new);
            case "+VGM":
                return single(name, f, AtResult.Vgm::new);
            case "+BSIR":
                return single(name, f, AtResult.Bsir::new);
            case "+BTRH":
                return single(name, f, AtResult.Btrh::new);
            case "+COPS":
                return new AtResult.Cops(intAt(f, 0), intAt(f, 1), textAt(f, 2));
            case "+CNUM":
                return new AtResult.Cnum(number(f, 1), intAt(f, 2), intAt(f, 4));
            default:
                return new AtResult.Unknown(name, f);
        }
    }

    private static AtResult single(String name, List<AtField> f, IntFunction<AtResult> make) {
        int v = intAt(f, 0);
        return v == AtResult.ABSENT ? new AtResult.Malformed(name, "first field is not a number") : make.apply(v);
    }

    private interface IntPair {
        AtResult make(int a, int b);
    }

    private static AtResult pair(String name, List<AtField> f, IntPair make) {
        int a = intAt(f, 0);
        int b = intAt(f, 1);
        if (a == AtResult.ABSENT || b == AtResult.ABSENT) {
            return new AtResult.Malformed(name, "expected two numbers, got " + f.size() + " fields");
        }
        return make.make(a, b);
    }

    private static AtResult cindSupport(List<AtField> f) {
        List<IndicatorSpec> specs = new ArrayList<>();
        for (AtField field : f) {
            if (!(field instanceof AtField.Group group) || group.items().isEmpty()) {
                continue;
            }
            String indicatorName = group.items().get(0).text().strip();
            int min = AtResult.ABSENT;
            int max = AtResult.ABSENT;
            if (group.items().size() > 1) {
                List<String> values = flatten(group.items().subList(1, group.items().size()));
                for (String v : values) {
                    for (String part : v.split("-", 2)) {
                        OptionalInt n = new AtField.Text(part, false).asInt();
                        if (n.isPresent()) {
                            min = min == AtResult.ABSENT ? n.getAsInt() : Math.min(min, n.getAsInt());
                            max = Math.max(max, n.getAsInt());
                        }
                    }
                }
            }
            specs.add(new IndicatorSpec(indicatorName, min, max));
        }
        return specs.isEmpty() ? new AtResult.Malformed("+CIND", "no (name,range) groups")
                : new AtResult.CindSupport(specs);
    }

    private static AtResult cindValues(List<AtField> f) {
        List<Integer> values = new ArrayList<>(f.size());
        for (AtField field : f) {
            values.add(intOr(field));
        }
        return new AtResult.CindValues(values);
    }

    private static AtResult clcc(List<AtField> f) {
        int index = intAt(f, 0);
        int direction = intAt(f, 1);
        int status = intAt(f, 2);
        if (index == AtResult.ABSENT || direction == AtResult.ABSENT || status == AtResult.ABSENT) {
            return new AtResult.Malformed("+CLCC", "index, direction or status is not a number");
        }
        return new AtResult.Clcc(index, direction, status, intAt(f, 3), intAt(f, 4), number(f, 5), intAt(f, 6),
                textAt(f, 7));
    }

    private static AtResult bindSupport(List<AtField> f) {
        List<Integer> ids = new ArrayList<>();
        for (String v : flatten(f)) {
            new AtField.Text(v, false).asInt().ifPresent(ids::add);
        }
        return new AtResult.BindSupport(ids);
    }

    private static AtResult bindStatus(List<AtField> f) {
        return pair("+BIND", f, (id, state) -> new AtResult.BindStatus(id, state != 0));
    }

    /** All leaf texts of the fields in order, groups flattened; empty leaves dropped. */
    static List<String> flatten(List<AtField> fields) {
        List<String> out = new ArrayList<>();
        for (AtField field : fields) {
            if (field instanceof AtField.Group group) {
                out.addAll(flatten(group.items()));
            } else if (!field.text().isBlank()) {
                out.add(field.text().strip());
            }
        }
        return out;
    }

    private static int intOr(AtField field) {
        return field.asInt().orElse(AtResult.ABSENT);
    }

    private static int intAt(List<AtField> f, int i) {
        return i < f.size() ? intOr(f.get(i)) : AtResult.ABSENT;
    }

    private static String textAt(List<AtField> f, int i) {
        return i < f.size() && f.get(i) instanceof AtField.Text t ? t.value() : "";
    }

    /** A number field: padding spaces removed. */
    private static String number(List<AtField> f, int i) {
        return textAt(f, i).strip();
    }
}
