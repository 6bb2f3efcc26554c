package app.contactshield.graphsync.demo;

import java.util.List;

/**
 * Invented given and family names per country for the demo tenant, and the phone formats people of that country
 * type. Combinations are drawn at random, so no entry describes a real person.
 */
final class DemoNames {

    /** A country's names and number habits. */
    record Country(String region, String city, List<String> given, List<String> family, String mobilePrefix,
            String mobileNational, String mobileTail) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("DE", "München",
                    List.of("Ada", "Jörg", "Lena", "Günther", "Maximilian", "Anja", "Björn", "Sabine", "Uwe", "Käthe",
                            "Jürgen", "Heike", "Lukas", "Mia", "Till"),
                    List.of("Beispiel", "Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Bäcker", "Schröder", "Krüger",
                            "Vogelsang", "Lindqvist-Maier", "von Auerbach", "Ostermann", "Pfeiffer", "Jäger"),
                    "+49 1", "01", "7# #######"),
            new Country("AT", "Wien",
                    List.of("Florian", "Theresa", "Valentin", "Magdalena", "Ferdinand"),
                    List.of("Gruber", "Huber", "Pichler", "Steiner", "Moser", "Hofbauer"), "+43 6", "06", "6# #######"),
            new Country("CH", "Zürich",
                    List.of("Urs", "Reto", "Nadja", "Corinne", "Beat", "Seraina"),
                    List.of("Brunner", "Zürcher", "Keller", "Baumgartner", "Frei", "Meier-Tobler"),
                    "+41 7", "07", "9 ### ## ##"),
            new Country("FR", "Paris",
                    List.of("François", "Zoë", "Hélène", "Jérôme", "Amélie", "Loïc", "Cécile", "Noël"),
                    List.of("Lefèvre", "Girard", "Dubois-Lainé", "Bérenger", "Moreau", "Fournier", "Chevalier"),
                    "+33 6", "06", " ## ## ## ##"),
            new Country("ES", "Madrid",
                    List.of("José", "María", "Iñaki", "Lucía", "Ángel", "Begoña", "Raúl"),
                    List.of("Núñez", "García Peña", "Muñoz", "Ibáñez", "Castaño", "Ortega", "Sáez"),
                    "+34 6", "6", "## ### ###"),
            new Country("GB", "London",
                    List.of("Oliver", "Amelia", "Harriet", "Rhys", "Siobhan", "Callum", "Imogen"),
                    List.of("Whitfield", "Ashworth", "O'Connell", "Pemberton", "Featherstone", "Hughes-Price"),
                    "+44 7700 9", "07700 9", "00###"),
            new Country("US", "Seattle",
                    List.of("Jordan", "Avery", "Taylor", "Morgan", "Riley", "Casey", "Quinn"),
                    List.of("Whitaker", "Delgado", "Okafor", "Brennan", "Lindgren", "McAllister"), "+1 206 555 01",
                    "(206) 555-01", "##"),
            new Country("NO", "Oslo",
                    List.of("Øyvind", "Ingrid", "Sølvi", "Håkon", "Åse", "Torbjørn"),
                    List.of("Øster", "Bjørnstad", "Haugen", "Løvås", "Sæther", "Aasen"), "+47 4", "4", "## ## ###"),
            new Country("DK", "København",
                    List.of("Søren", "Mette", "Jens", "Birgitte", "Mads"),
                    List.of("Sørensen", "Jørgensen", "Kjær", "Møller", "Dahl"), "+45 2", "2", "# ## ## ##"),
            new Country("SE", "Stockholm",
                    List.of("Björn", "Åsa", "Linnéa", "Göran", "Märta"),
                    List.of("Ångström", "Björk", "Lindqvist", "Söderberg", "Wahlström"), "+46 70", "070", " ### ## ##"),
            new Country("PL", "Warszawa",
                    List.of("Łukasz", "Agnieszka", "Wojciech", "Małgorzata", "Zbigniew"),
                    List.of("Wiśniewski", "Dąbrowska", "Żółkowski", "Kowalczyk", "Szczęsny"),
                    "+48 5", "5", "## ### ###"),
            new Country("CZ", "Praha",
                    List.of("Jiří", "Věra", "Tomáš", "Zdeňka"),
                    List.of("Dvořák", "Novotná", "Černý", "Procházka"), "+420 7", "7", "## ### ###"));

    static final List<String> DEPARTMENTS = List.of("Sales", "Marketing", "Finance", "Human Resources", "Legal",
            "Research & Development", "Customer Service", "Logistics", "IT", "Purchasing", "Reception");

    static final List<String> TITLES = List.of("Account Manager", "Team Lead", "Controller", "Engineer",
            "Senior Consultant", "Assistant", "Head of Department", "Specialist", "Receptionist", "Buyer",
            "Project Manager", "Support Agent");

    /** Unreadable numbers people leave in address books; kept and flagged, never dropped. */
    static final List<String> UNREADABLE = List.of("ask reception", "n/a", "+49 89", "tbd", "ext. 12 only", "0");

    private DemoNames() {
    }
}
