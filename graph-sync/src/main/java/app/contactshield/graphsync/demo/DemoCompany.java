package app.contactshield.graphsync.demo;

import java.util.List;

/**
 * An invented company with a switchboard and a direct-dial range, as the demo tenant's people type it.
 *
 * @param name       the company name
 * @param domain     its mail domain (under the reserved {@code .example} top-level domain)
 * @param formats    how people write a direct-dial number; {@code %s} is the extension
 * @param firstDial  the first extension of the direct-dial range
 * @param digits     how many digits an extension has
 */
record DemoCompany(String name, String domain, List<String> formats, int firstDial, int digits) {

    /** The signed-in user's own company (the directory users): switchboard +49 89 7104 0, extensions -2xx. */
    static final DemoCompany CONTOSO = new DemoCompany("Contoso", "contoso.example",
            List.of("+49 89 7104-%s", "+49 (0)89 7104 %s", "089 7104-%s", "+49 89 7104 0 ext. %s",
                    "0049 89 7104 %s", "089/7104-%s", "+49.89.7104.%s", "+49 89 71040-%s"), 200, 3);

    /** Partner and customer companies (organisational and Outlook contacts). */
    static final List<DemoCompany> PARTNERS = List.of(
            new DemoCompany("Fabrikam GmbH", "fabrikam.example",
                    List.of("+49 40 6060 %s", "040 6060-%s", "+49 (0) 40 / 6060-%s"), 300, 3),
            new DemoCompany("Northwind Traders Ltd", "northwind.example",
                    List.of("+44 20 7946 0%s", "020 7946 0%s", "+44 (0)20 7946 0%s"), 100, 3),
            new DemoCompany("Woodgrove Bank", "woodgrove.example",
                    List.of("+1 425 555 0100 x%s", "(425) 555-0100 ext. %s", "425.555.0100 x%s"), 100, 3),
            new DemoCompany("Tailspin Toys SARL", "tailspin.example",
                    List.of("+33 1 99 00 %s", "01 99 00 %s", "+33 (0)1 99 00 %s"), 1000, 4),
            new DemoCompany("Alpine Ski House AG", "alpineskihouse.example",
                    List.of("+41 44 668 %s", "044 668 %s"), 1000, 4),
            new DemoCompany("Wide World Importers S.L.", "wideworldimporters.example",
                    List.of("+34 91 555 %s", "91 555 %s"), 1000, 4),
            new DemoCompany("Litware A/S", "litware.example",
                    List.of("+45 32 %s", "32 %s"), 100000, 6),
            new DemoCompany("Proseware Sp. z o.o.", "proseware.example",
                    List.of("+48 22 555 %s", "22 555 %s"), 1000, 4));

    /** The direct-dial number of the {@code k}-th person of this company, written in one of the usual ways. */
    String directDial(int k, int formatChoice) {
        int range = (int) Math.pow(10, digits) - firstDial;
        String extension = String.valueOf(firstDial + Math.floorMod(k, range));
        return String.format(formats.get(Math.floorMod(formatChoice, formats.size())), extension);
    }
}
