package dev.cloudshop.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTests {

    @TempDir
    Path directory;

    @Test
    void createsTheFileReadableByItsOwnerOnly() throws IOException {
        Path file = directory.resolve("secrets.properties");

        Secrets.loadOrCreate(file, List.of("postgres", "product"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void keepsPasswordsAcrossStarts() {
        Path file = directory.resolve("secrets.properties");
        Secrets first = Secrets.loadOrCreate(file, List.of("postgres", "product"));

        Secrets second = Secrets.loadOrCreate(file, List.of("postgres", "product"));

        assertThat(second.password("product")).isEqualTo(first.password("product"));
        assertThat(first.existedBefore()).isFalse();
        assertThat(second.existedBefore()).isTrue();
    }

    @Test
    void addsAPasswordForANewServiceAndKeepsTheOthers() {
        Path file = directory.resolve("secrets.properties");
        Secrets first = Secrets.loadOrCreate(file, List.of("postgres", "product"));

        Secrets second = Secrets.loadOrCreate(file, List.of("postgres", "product", "review"));

        assertThat(second.password("product")).isEqualTo(first.password("product"));
        assertThat(second.password("review")).isNotBlank().isNotEqualTo(second.password("product"));
    }

    @Test
    void generatesTheServiceClientSecretOnceAndKeepsIt() {
        Path file = directory.resolve("secrets.properties");
        Secrets first = Secrets.loadOrCreate(file, List.of("product"));

        Secrets second = Secrets.loadOrCreate(file, List.of("product"));

        assertThat(first.secret(Secrets.AUTH_SERVICE_CLIENT_SECRET)).matches("[A-Za-z0-9_-]{32}")
                .isNotEqualTo(first.password("product"))
                .isEqualTo(second.secret(Secrets.AUTH_SERVICE_CLIENT_SECRET));
    }

    @Test
    void generatesLongPasswordsThatNeedNoQuoting() {
        Secrets secrets = Secrets.loadOrCreate(directory.resolve("secrets.properties"), List.of("product"));

        assertThat(secrets.password("product")).matches("[A-Za-z0-9_-]{32}");
    }

    @Test
    void tightensTheModeOfAnExistingFile() throws IOException {
        Path file = directory.resolve("secrets.properties");
        Secrets.loadOrCreate(file, List.of("product"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        Secrets.loadOrCreate(file, List.of("product"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
