package app.contactshield.graphsync.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One invented person of the demo tenant, derived only from its index and the tenant's seed, so any page of a
 * tenant of any size can be generated on demand.
 *
 * @param index       the person's index in the tenant
 * @param given       given name
 * @param family      family name
 * @param country     where the person lives
 * @param company     who they work for
 * @param department  department
 * @param jobTitle    job title
 * @param email       business e-mail address (under a reserved {@code .example} domain)
 * @param businessDial the direct-dial number, as the person's company writes it by default
 * @param mobile      mobile number as typed, or {@code null}
 * @param unreadable  an unreadable extra number, or {@code null}
 * @param guest       a guest account in the directory
 * @param disabled    a disabled account in the directory
 * @param unreachable no phone and no e-mail in the directory
 */
record DemoPerson(int index, String given, String family, DemoNames.Country country, DemoCompany company,
        String department, String jobTitle, String email, String businessDial, String mobile, String unreadable,
        boolean guest, boolean disabled, boolean unreachable) {

    /** The person with index {@code index} in a tenant of {@code people} people with the given seed. */
    static DemoPerson generate(long seed, int people, int index, int usersEnd) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        DemoNames.Country country = pick(rng, DemoNames.COUNTRIES);
        String given = pick(rng, country.given());
        String family = pick(rng, country.family());
        DemoCompany company = index < usersEnd && index < people ? DemoCompany.CONTOSO
                : DemoCompany.PARTNERS.get(Math.floorMod(index, DemoCompany.PARTNERS.size()));
        String department = pick(rng, DemoNames.DEPARTMENTS);
        String title = pick(rng, DemoNames.TITLES);
        String email = fold(given) + "." + fold(family) + "." + index + "@" + company.domain();
        String business = company.directDial(index, rng.nextInt(company.formats().size()));
        String mobile = rng.nextInt(10) < 7 ? mobile(rng, country) : null;
        String unreadable = rng.nextInt(100) == 0 ? pick(rng, DemoNames.UNREADABLE) : null;
        int flag = rng.nextInt(200);
        return new DemoPerson(index, given, family, country, company, department, title, email, business, mobile,
                unreadable, flag == 7, flag == 11, flag == 13);
    }

    /** The display name. */
    String displayName() {
        return given + " " + family;
    }

    /** The direct-dial number written another way, as a colleague would type it into a personal contact. */
    String businessDialAsTypedBy(int writer) {
        return company.directDial(index, index + writer + 1);
    }

    /** The office as the directory shows it. */
    String office() {
        return company == DemoCompany.CONTOSO ? "München " + (1 + index % 6) + "." + (10 + index % 40)
                : country.city();
    }

    private static String mobile(SplittableRandom rng, DemoNames.Country country) {
        StringBuilder tail = new StringBuilder();
        for (char c : country.mobileTail().toCharArray()) {
            tail.append(c == '#' ? (char) ('0' + rng.nextInt(10)) : c);
        }
        int style = rng.nextInt(6);
        String separated = style == 4 ? tail.toString().replace(' ', '.')
                : style == 5 ? tail.toString().replace(' ', '-') : tail.toString();
        if (style <= 1) {
            return country.mobileNational() + separated;
        }
        if (style == 2 && List.of("DE", "AT", "CH").contains(country.region())) {
            return country.mobilePrefix().replaceFirst(" ", " (0)") + separated;
        }
        return country.mobilePrefix() + separated;
    }

    private static <T> T pick(SplittableRandom rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }

    /** Lower-case ASCII for an e-mail local part: accents dropped, spaces and apostrophes removed. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder();
        for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c == '-') {
                ascii.append(c);
            } else if (c == 'ø') {
                ascii.append('o');
            } else if (c == 'æ') {
                ascii.append("ae");
            } else if (c == 'ß') {
                ascii.append("ss");
            } else if (c == 'ł') {
                ascii.append('l');
            }
        }
        return ascii.toString();
    }
}
