package app.contactshield.desktop.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsLinksTest {

    @Test
    void buildsWebLinksWithoutTheClient() {
        TeamsLinks links = new TeamsLinks(false);

        assertThat(links.audioCall("ada.beispiel@contoso.example"))
                .isEqualTo(URI.create("https://teams.microsoft.com/l/call/0/0?users=ada.beispiel@contoso.example"));
        assertThat(links.videoCall("ada.beispiel@contoso.example")).isEqualTo(URI.create(
                "https://teams.microsoft.com/l/call/0/0?users=ada.beispiel@contoso.example&withVideo=true"));
        assertThat(links.chat("ada.beispiel@contoso.example"))
                .isEqualTo(URI.create("https://teams.microsoft.com/l/chat/0/0?users=ada.beispiel@contoso.example"));
    }

    @Test
    void buildsClientLinksWhenTheClientIsInstalled() {
        TeamsLinks links = new TeamsLinks(true);

        assertThat(links.audioCall("ada@contoso.example"))
                .isEqualTo(URI.create("msteams:/l/call/0/0?users=ada@contoso.example"));
        assertThat(links.chat("ada@contoso.example"))
                .isEqualTo(URI.create("msteams:/l/chat/0/0?users=ada@contoso.example"));
    }

    @Test
    void encodesCharactersThatWouldBreakTheQuery() {
        TeamsLinks links = new TeamsLinks(false);

        URI uri = links.chat("o'neil&co@contoso.example");

        assertThat(uri.toString()).endsWith("users=o%27neil%26co@contoso.example");
    }

    @Test
    void buildsMailtoLinks() {
        assertThat(TeamsLinks.mail("lena.vogel@fabrikam.example"))
                .isEqualTo(URI.create("mailto:lena.vogel@fabrikam.example"));
    }

    @Test
    void findsTheClientThroughADesktopFileDeclaringTheScheme(@TempDir Path apps) throws Exception {
        Files.writeString(apps.resolve("teams-for-linux.desktop"),
                "[Desktop Entry]\nName=Teams\nMimeType=x-scheme-handler/msteams;\n");
        TeamsClientDetector detector = new TeamsClientDetector("Linux", List.of(apps));

        assertThat(detector.clientInstalled()).isTrue();
    }

    @Test
    void findsNoClientWithoutADesktopFileForTheScheme(@TempDir Path apps) throws Exception {
        Files.writeString(apps.resolve("firefox.desktop"),
                "[Desktop Entry]\nName=Firefox\nMimeType=x-scheme-handler/https;\n");
        TeamsClientDetector detector = new TeamsClientDetector("Linux", List.of(apps, apps.resolve("missing")));

        assertThat(detector.clientInstalled()).isFalse();
    }
}
