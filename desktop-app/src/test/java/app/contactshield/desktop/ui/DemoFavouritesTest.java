package app.contactshield.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.model.PersonKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFavouritesTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheFavouritesInTheirOrderForTheNextStart() {
        List<PersonKey> favourites = List.of(new PersonKey("oid:b"), new PersonKey("oid:a"));

        new DemoFavourites(new DataDirectory(dir.resolve("home"))).save(favourites);

        assertThat(new DemoFavourites(new DataDirectory(dir.resolve("home"))).load()).isEqualTo(favourites);
    }

    @Test
    void startsWithoutFavouritesWhenNoneWereSaved() {
        assertThat(new DemoFavourites(new DataDirectory(dir)).load()).isEmpty();
    }

    @Test
    void unmarkingTheLastFavouriteIsKeptToo() {
        DemoFavourites saved = new DemoFavourites(new DataDirectory(dir));
        saved.save(List.of(new PersonKey("oid:a")));

        saved.save(List.of());

        assertThat(saved.load()).isEmpty();
        assertThat(dir.resolve(DemoFavourites.FILE)).exists();
    }

    @Test
    void aDataDirectoryThatIsAFileLosesOnlyTheFavourites() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        DemoFavourites saved = new DemoFavourites(new DataDirectory(file));

        saved.save(List.of(new PersonKey("oid:a")));

        assertThat(saved.load()).isEmpty();
    }
}
