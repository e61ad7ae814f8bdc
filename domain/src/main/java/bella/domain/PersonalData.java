package bella.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event that says who someone is: it is stored sealed under the key of the event's
 * {@link PersonalDataKey record}, and reads as {@link #FORGOTTEN} once that person has been forgotten.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {

    /** What a field of a forgotten person reads as, in events and in the read models made from them. */
    String FORGOTTEN = "(forgotten)";

    Kind value();

    /** What the field holds. */
    enum Kind {
        /** A person's name. */
        NAME,
        /** A phone number (E.164): the record's key is filed under it, so forgetting the number finds the key. */
        NUMBER,
        /** Words or keys a caller gave, or a message quoting them, which may hold a name or a number. */
        WORDS
    }
}
