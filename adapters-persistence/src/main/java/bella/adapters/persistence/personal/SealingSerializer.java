package bella.adapters.persistence.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event serializer, sealing personal fields as it writes and opening them as it reads; everything else is the
 * JSON serializer it wraps. It sits beneath the event store and the dead-letter queue, so no event with personal
 * data reaches a table unsealed, and upcasters see sealed fields as objects they leave alone.
 */
public final class SealingSerializer implements Serializer {

    private final Serializer json;
    private final DataSource database;
    private final DataSource opening;
    private final Sealing sealing;
    /**
     * The personal fields of each stored type, by its name, so that reading an event does not ask the class loader
     * for its class each time.
     */
    private final Map<String, Optional<PersonalFields>> personalOfType = new ConcurrentHashMap<>();

    private SealingSerializer(Serializer json, DataSource database, DataSource opening) {
        this.json = json;
        this.database = database;
        this.opening = opening;
        this.sealing = new Sealing(new RecordKeys(new JdbcTemplate(database), opening));
    }

    /**
     * Wraps {@code json}, making keys through {@code dataSource} (the transaction that appends) and reading them to
     * open events through {@code opening}, which sees every key committed.
     */
    public static SealingSerializer over(Serializer json, DataSource dataSource, DataSource opening) {
        return new SealingSerializer(json, dataSource, opening);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        Optional<PersonalFields> personal = object == null ? Optional.empty() : PersonalFields.of(object.getClass());
        if (personal.isEmpty()) {
            return json.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> tree = json.serialize(object, JsonNode.class);
        ObjectNode sealed = ((ObjectNode) tree.getData()).deepCopy();
        sealing.seal(sealed, personal.get());
        return new SimpleSerializedObject<>(getConverter().convert(sealed, JsonNode.class, expectedRepresentation),
                expectedRepresentation, tree.getType());
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return json.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Optional<PersonalFields> personal = personalFieldsOf(serializedObject.getType());
        if (personal.isEmpty()) {
            return json.deserialize(serializedObject);
        }
        ObjectNode opened = (ObjectNode) tree(serializedObject);
        sealing.open(opened, personal.get());
        return json.deserialize(new SimpleSerializedObject<>(opened, JsonNode.class, serializedObject.getType()));
    }

    private Optional<PersonalFields> personalFieldsOf(SerializedType type) {
        return personalOfType.computeIfAbsent(type.getName(), name -> PersonalFields.of(classForType(type)));
    }

    /**
     * The stored JSON as a tree of its own to open in place: parsed afresh from bytes or text, copied when it is a
     * tree already (an upcaster's, which Axon may hand out again).
     */
    private JsonNode tree(SerializedObject<?> stored) {
        JsonNode tree = getConverter().convert(stored.getData(), stored.getContentType(), JsonNode.class);
        return JsonNode.class.isAssignableFrom(stored.getContentType()) ? tree.deepCopy() : tree;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return json.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return json.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return json.getConverter();
    }

    /**
     * Two over the same JSON serializer and database write alike. Axon hands a message serialized by one serializer
     * to another equal to it as it is: so the dead-letter queue parks an event the store holds with its stored
     * bytes, without opening and sealing it again, even one that no longer reads.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SealingSerializer sealing && json.equals(sealing.json)
                && database.equals(sealing.database) && opening.equals(sealing.opening);
    }

    @Override
    public int hashCode() {
        return Objects.hash(json, database, opening);
    }
}
