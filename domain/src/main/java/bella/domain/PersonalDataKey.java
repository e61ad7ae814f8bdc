package bella.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component naming the record (a call, an appointment) an event with {@link PersonalData} belongs to: each
 * record has a key of its own, filed under the numbers its events name, so a person is forgotten by destroying the
 * keys of every record that names their number.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalDataKey {
}
