package app.contactshield.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every English text has its German one, so that a German user never meets an English sentence by accident. */
class GermanBundlesTest {

    private static Properties read(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = GermanBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/app/contactshield/desktop/messages", "/app/contactshield/desktop/calls/calls",
        "/app/contactshield/desktop/cli/errors"})
    void theGermanBundleHasEveryKeyOfTheEnglishOne(String bundle) throws IOException {
        Properties english = read(bundle + ".properties");
        Properties german = read(bundle + "_de.properties");

        assertThat(german.stringPropertyNames()).containsAll(english.stringPropertyNames());
        assertThat(german.stringPropertyNames()).allSatisfy(key -> assertThat(german.getProperty(key))
                .as(key).isNotBlank());
    }
}
