package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SqliteNativeLibraryTest {

    @Test
    void givenTwoUsers_whenEachStarts_thenEachHasItsOwnFolder(@TempDir Path temp) {
        assertThat(SqliteNativeLibrary.folderFor(temp, "ana")).isEqualTo(temp.resolve("bella-sqlite-ana"));
        assertThat(SqliteNativeLibrary.folderFor(temp, "ben")).isEqualTo(temp.resolve("bella-sqlite-ben"));
    }

    @Test
    void givenAUserNameUnfitForAFileName_whenFoldered_thenItStaysOneFolderInTheTempDirectory(@TempDir Path temp) {
        assertThat(SqliteNativeLibrary.folderFor(temp, "../DOMAIN\\jo smith"))
                .isEqualTo(temp.resolve("bella-sqlite-.._DOMAIN_jo_smith"));
    }

    @Test
    void givenNoFolderYet_whenPrepared_thenCreatedForTheRunningUserAlone(@TempDir Path temp) throws IOException {
        Path folder = SqliteNativeLibrary.prepared(temp.resolve("bella-sqlite-me"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(SqliteNativeLibrary.prepared(folder)).isEqualTo(folder);
    }

    @Test
    void givenTheFolderBelongsToAnotherUser_whenPrepared_thenRefusedInOneLine(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectory(temp.resolve("bella-sqlite-me"));
        UserPrincipal someoneElse;
        try {
            someoneElse = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(folder, someoneElse);
        } catch (IOException notAllowed) {
            someoneElse = null;
        }
        assumeTrue(someoneElse != null, "only a superuser can give a folder to someone else");

        assertThatThrownBy(() -> SqliteNativeLibrary.prepared(folder))
                .isInstanceOf(BadSetting.class)
                .hasMessageStartingWith("org.sqlite.tmpdir=" + folder)
                .hasMessageContaining("belongs to nobody");
    }
}
