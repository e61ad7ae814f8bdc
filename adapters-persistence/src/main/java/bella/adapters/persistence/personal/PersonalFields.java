package bella.adapters.persistence.personal;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The components of an event class marked {@link PersonalData}, by the names Jackson stores them under, and the
 * component marked {@link PersonalDataKey} naming the record whose key seals them.
 */
record PersonalFields(String keyField, Map<String, PersonalData.Kind> fields) {

    private static final ClassValue<Optional<PersonalFields>> OF_CLASS = new ClassValue<>() {
        @Override
        protected Optional<PersonalFields> computeValue(Class<?> type) {
            return read(type);
        }
    };

    /** The personal fields of {@code type}; empty when it has none (or is not a record). */
    static Optional<PersonalFields> of(Class<?> type) {
        return OF_CLASS.get(type);
    }

    private static Optional<PersonalFields> read(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        Map<String, PersonalData.Kind> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            PersonalData personal = component.getAnnotation(PersonalData.class);
            if (personal != null) {
                fields.put(component.getName(), personal.value());
            }
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        String[] keys = Arrays.stream(type.getRecordComponents())
                .filter(component -> component.isAnnotationPresent(PersonalDataKey.class))
                .map(RecordComponent::getName).toArray(String[]::new);
        if (keys.length != 1) {
            throw new IllegalStateException(type.getName() + " holds personal data, so exactly one of its components "
                    + "must be marked @PersonalDataKey; found " + keys.length);
        }
        return Optional.of(new PersonalFields(keys[0], Map.copyOf(fields)));
    }
}
