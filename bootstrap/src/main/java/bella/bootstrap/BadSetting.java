package bella.bootstrap;

/** A setting Bella cannot start with; the message names it and says what it accepts. */
class BadSetting extends IllegalArgumentException {

    BadSetting(String name, String value, String expected) {
        this(name + "=" + value + " is not usable: " + expected);
    }

    /** A message written elsewhere that already starts with the setting's name. */
    BadSetting(String message) {
        super(message);
    }
}
