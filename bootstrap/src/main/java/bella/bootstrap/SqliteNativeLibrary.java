package bella.bootstrap;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where sqlite-jdbc unpacks its native library. Not straight into the machine's shared temp directory, which it would
 * litter, and not into one folder there for everybody: that folder would belong to whoever started Bella first, and
 * every other user would be refused. So each user gets a folder of their own, open to them alone.
 */
final class SqliteNativeLibrary {

    static final String PROPERTY = "org.sqlite.tmpdir";

    private SqliteNativeLibrary() {
    }

    /** Sets sqlite-jdbc's unpacking folder to the running user's own, unless it was set already. */
    static void keepPerUser() {
        if (System.getProperty(PROPERTY) == null) {
            Path folder = folderFor(Path.of(System.getProperty("java.io.tmpdir")), System.getProperty("user.name"));
            System.setProperty(PROPERTY, prepared(folder).toString());
        }
    }

    /** {@code bella-sqlite-<user>} in the temp directory, the name reduced to characters safe in a file name. */
    static Path folderFor(Path temp, String user) {
        return temp.resolve("bella-sqlite-" + user.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** Creates the folder for its user alone; one that exists must be that user's, or another could swap the library. */
    static Path prepared(Path folder) {
        try {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException existing) {
                // checked below
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectories(folder);
            }
            // a new file tells who this process runs as, whatever uid it has and whether the name is known or not
            Path mine = Files.createTempFile("owner", ".check");
            try {
                if (!Files.getOwner(folder).equals(Files.getOwner(mine))) {
                    throw new BadSetting(PROPERTY, folder.toString(), "a folder of the user running Bella; this one "
                            + "belongs to " + Files.getOwner(folder).getName());
                }
            } finally {
                Files.delete(mine);
            }
            return folder;
        } catch (IOException e) {
            throw new BadSetting(PROPERTY, folder.toString(), "a folder Bella can create for the native SQLite "
                    + "library (" + e.getClass().getSimpleName() + ")");
        }
    }
}
