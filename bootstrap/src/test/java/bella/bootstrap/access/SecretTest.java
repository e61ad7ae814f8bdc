package bella.bootstrap.access;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The owner's secrets: what matches, and that every comparison goes through the constant-time one. */
class SecretTest {

    private static final JavaClasses ACCESS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("bella.bootstrap.access");

    @Test
    void matchesOnlyTheWholeSecretExactly() {
        Secret secret = Secret.of("s3cret-pass").orElseThrow();

        assertThat(secret.matches("s3cret-pass")).isTrue();
        assertThat(secret.matches("s3cret-pas")).isFalse();
        assertThat(secret.matches("s3cret-pass ")).isFalse();
        assertThat(secret.matches("S3cret-pass")).isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches(null)).isFalse();
        assertThat(Secret.of(" ")).isEmpty();
        assertThat(Secret.of(null)).isEmpty();
    }

    @Test
    void theSecretsAreComparedInConstantTimeAndNeverWithEquals() {
        classes().that().haveSimpleName("Secret").should().callMethod(MessageDigest.class, "isEqual",
                byte[].class, byte[].class).check(ACCESS);
        noClasses().that().haveSimpleName("Secret").or().haveSimpleName("OwnerCredentials")
                .or().haveSimpleName("ApiKeyAuthentication")
                .should().callMethod(String.class, "equals", Object.class)
                .orShould().callMethod(String.class, "equalsIgnoreCase", String.class)
                .orShould().callMethod(String.class, "contentEquals", CharSequence.class)
                .orShould().callMethod(String.class, "compareTo", String.class)
                .orShould().callMethod(Objects.class, "equals", Object.class, Object.class)
                .orShould().callMethod(Arrays.class, "equals", byte[].class, byte[].class)
                .check(ACCESS);
        // Spring's plain-text password check compares with String.equals
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.security.crypto.password.NoOpPasswordEncoder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.security.provisioning.InMemoryUserDetailsManager")
                .check(ACCESS);
    }
}
